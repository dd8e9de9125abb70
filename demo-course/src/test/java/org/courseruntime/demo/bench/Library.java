package org.courseruntime.demo.bench;

import java.nio.file.Path;

/**
 * A library measured: ours as the build exports it into the demo course, and the peers an author would otherwise
 * embed, each the file its npm package ships for a plain script tag (versions pinned in src/test/bench/package.json).
 */
enum Library {
    OURS("ours", "course-runtime.js (ours)", "course-runtime.js"),
    TINCANJS("tincanjs", "tincanjs 0.50.0", "node_modules/tincanjs/build/tincan-min.js"),
    XAPI("xapi", "@xapi/xapi 3.0.3", "node_modules/@xapi/xapi/dist/XAPI.umd.js"),
    XAPIWRAPPER("xapiwrapper", "xapiwrapper 1.11.0", "node_modules/xapiwrapper/dist/xapiwrapper.min.js"),
    CMI5("cmi5", "@xapi/cmi5 1.4.0", "node_modules/@xapi/cmi5/dist/Cmi5.umd.js");

    /** The name the benchmark pages know it by (libraries/&lt;id&gt;.js is its adapter). */
    final String id;
    final String label;
    /** Its path on the bench site, which serves src/test/bench and course-runtime.js at its root. */
    final String sitePath;

    Library(String id, String label, String sitePath) {
        this.id = id;
        this.label = label;
        this.sitePath = sitePath;
    }

    /** The file on disk. */
    Path file() {
        return this == OURS ? BenchSite.RUNTIME : PeerInstall.DIRECTORY.resolve(sitePath);
    }

    /** The page parameter that tells a bench page where this library's file is: {@code id=sitePath}. */
    String parameter() {
        return id + "=" + sitePath;
    }
}
