package dev.shoal.ui.output;

/** {@code --order}: the order finished repos are printed in. */
public enum ReportOrder {
    /** As they finish: the quickest first, nothing waits. */
    DONE,
    /** By name, each as soon as it and every repo before it are done: the same output every run. */
    NAME
}
