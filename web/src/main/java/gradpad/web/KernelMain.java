package gradpad.web;

import org.teavm.jso.JSExport;

public final class KernelMain {
    public static void main(String[] args) {
    }

    @JSExport
    public static String run(String code) {
        return "ran: " + code;
    }
}
