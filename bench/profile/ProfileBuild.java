import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.teavm.tooling.TeaVMTargetType;
import org.teavm.tooling.TeaVMTool;
import org.teavm.vm.TeaVMOptimizationLevel;

/**
 * Builds profiling copies of the kernel (Wasm GC and JS) with readable function names, into
 * bench/results/profile-build/kernel/ (never the site): the shipped builds are minified, so a
 * DevTools profile of them names no Java method. Same TeaVM 0.16 and optimization level
 * (ADVANCED) as web/pom.xml, from web/target/classes and engine/target/classes (run mvn package
 * first). Run by bench/profile/build.sh, which puts TeaVM's jars from ~/.m2 on the class path.
 */
public final class ProfileBuild {
    public static void main(String[] args) throws Exception {
        File root = new File(args[0]);
        File out = new File(args[1]);
        List<URL> urls = new ArrayList<>();
        urls.add(new File(root, "web/target/classes").toURI().toURL());
        urls.add(new File(root, "engine/target/classes").toURI().toURL());
        for (String jar : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(new File(jar).toURI().toURL());
        }
        for (TeaVMTargetType type : new TeaVMTargetType[] {TeaVMTargetType.WEBASSEMBLY_GC, TeaVMTargetType.JAVASCRIPT}) {
            TeaVMTool tool = new TeaVMTool();
            tool.setClassLoader(new URLClassLoader(urls.toArray(new URL[0]), ProfileBuild.class.getClassLoader()));
            tool.setTargetType(type);
            tool.setMainClass("gradpad.web.KernelMain");
            tool.setTargetDirectory(out);
            tool.setTargetFileName(type == TeaVMTargetType.JAVASCRIPT ? "gradpad.js" : "gradpad.wasm");
            tool.setOptimizationLevel(TeaVMOptimizationLevel.ADVANCED);
            tool.setObfuscated(false);
            tool.setDebugInformationGenerated(false);
            tool.generate();
            if (!tool.getProblemProvider().getSevereProblems().isEmpty()) {
                System.err.println(tool.getProblemProvider().getSevereProblems());
                System.exit(1);
            }
            System.err.println("built " + tool.getGeneratedFiles());
        }
    }
}
