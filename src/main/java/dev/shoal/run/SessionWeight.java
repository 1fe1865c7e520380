package dev.shoal.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How much of the CPU a job's session may claim against shoal itself. With the kernel's autogroup
 * scheduling (on by default in many Linux distributions, and on the machine of bench/), each session is a
 * group that weighs as much as any other, whatever it runs; a job starts in a session of its own (setsid),
 * so forty jobs weighed forty times shoal, which got a forty-first of the CPU: its live view stood still
 * for up to a second, and a garbage collection took 0.4 s for 0.03 s of work (bench/live.py, fetch -j 40).
 * So, while the live view runs more than {@link #UNAIDED} jobs at once, each job's session is made the
 * lighter, the more jobs run at once, until together they weigh about as much as one program, as the
 * children of gita or xargs do in their parent's session. On an otherwise idle machine they still get
 * every core; shoal, which mostly waits, gets its turn when it needs one. It costs time, shoal's threads
 * taking the CPU from git more often: fetch on 100 repos took 4.5 s against 4.1 s piped, 5.1 s against
 * 4.7 s on a terminal (paired runs); so a run that redraws nothing (piped, --output blocks), or a few
 * jobs at once, leaves the weights as they are.
 */
final class SessionWeight {
    private static final Path AUTOGROUP = Path.of("/proc/sys/kernel/sched_autogroup_enabled");
    /** The kernel divides a group's weight by 1.25 per step of nice (1024 at 0, 15 at 19). */
    private static final double STEP = 1.25;
    private static final int LIGHTEST = 19;
    /** How long to wait for a process started through util-linux's setsid to have made its session. */
    private static final int SESSION_WAIT_MILLIS = 20;
    private static final boolean ON = autogroupOn();

    private SessionWeight() {
    }

    /**
     * Up to this many jobs at once, the live view keeps its frames with the sessions at their full weight:
     * {@code fetch} on ten repos on a pty, with shoal's group a tenth of the weight, drew 22 to 24 frames a
     * second and never stood still longer than 93 ms, as with each session at nice 11, and ended 5% sooner
     * (bench/live.py, six rounds of three runs; bench/README, "On a terminal"). Forty at once stood still
     * up to 278 ms.
     */
    static final int UNAIDED = 10;

    /**
     * The nice value for each job's session when {@code atOnce} jobs run together: 0 up to {@link #UNAIDED},
     * then as light as makes them together weigh about as much as one program: 11 for eleven, 17 for forty.
     */
    static int niceFor(int atOnce) {
        if (atOnce <= UNAIDED) {
            return 0;
        }
        int nice = (int) Math.ceil(Math.log(atOnce) / Math.log(STEP) - 1e-9);
        return Math.min(LIGHTEST, nice);
    }

    /**
     * Gives the session {@code process} leads the nice value {@code nice}. Only once the process leads a
     * session: until then its group is shoal's own, which must keep its weight. A process may lower its
     * children's groups' weight without privileges; where it cannot, or there is no autogroup, nothing changes.
     */
    static void lighten(Process process, int nice) {
        if (!ON || nice <= 0) {
            return;
        }
        try {
            for (int waited = 0; !Sessions.leads(process.pid()); waited++) {
                if (waited == SESSION_WAIT_MILLIS || !process.isAlive()) {
                    return;
                }
                Thread.sleep(1);
            }
            Files.writeString(Path.of("/proc", Long.toString(process.pid()), "autogroup"), Integer.toString(nice));
        } catch (IOException e) {
            // Gone meanwhile, or not allowed: the job keeps the weight of any session.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean autogroupOn() {
        try {
            return Files.readString(AUTOGROUP).strip().equals("1");
        } catch (IOException e) {
            return false;
        }
    }
}
