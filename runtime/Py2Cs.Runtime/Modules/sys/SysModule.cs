using System;
using System.IO;
using System.Linq;

namespace Py2Cs.Runtime;

/// <summary>The <c>sys</c> module.</summary>
public static class SysModule
{
    static PyModule _module;
    static readonly object Lock = new();

    public static PyFile Stdout { get; private set; }
    public static PyFile Stderr { get; private set; }
    public static PyFile Stdin { get; private set; }

    public static PyModule Module
    {
        get
        {
            if (_module != null) return _module;
            lock (Lock)
            {
                if (_module == null) _module = Create();
                return _module;
            }
        }
    }

    static PyModule Create()
    {
        var m = new PyModule("sys");
        // stdout is block-buffered like CPython's on a pipe; stderr is unbuffered.
        Stdout = new PyFile(new BufferedStream(Console.OpenStandardOutput(), 8192), "<stdout>", "w", false, 1);
        Stderr = new PyFile(Console.OpenStandardError(), "<stderr>", "w", false, 2);
        // stdin is read with read(2) on descriptor 0, so tell/seek work on files and /dev/null as in CPython
        Stdin = new PyFile(OperatingSystem.IsWindows() ? Console.OpenStandardInput() : new DescriptorStream(0, true, false, closeFd: false), "<stdin>", "r", false, 0);
        if (!Console.IsOutputRedirected) Stdout.Encoding = "UTF-8";
        if (!Console.IsErrorRedirected) Stderr.Encoding = "UTF-8";
        m["stdout"] = Stdout; m["__stdout__"] = Stdout;
        m["stderr"] = Stderr; m["__stderr__"] = Stderr;
        m["stdin"] = Stdin; m["__stdin__"] = Stdin;
        m["argv"] = PyList.Create(PyStr.FromString(""));
        m["modules"] = Importer.Modules;
        m["path"] = PyList.Create(PyStr.FromString(""));
        m["maxint"] = PyInt.From(long.MaxValue);
        m["maxsize"] = PyInt.From(long.MaxValue);
        m["maxunicode"] = PyInt.From(0x10ffff);
        m["platform"] = PyStr.FromString(OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux2");
        m["version"] = PyStr.FromString("2.7.18 (default, py2cs) \n[.NET]");
        m["version_info"] = StructSequence.Create("sys.version_info", new[] { "major", "minor", "micro", "releaselevel", "serial" },
            PyInt.From(2), PyInt.From(7), PyInt.From(18), PyStr.FromString("final"), PyInt.From(0));
        m["long_info"] = StructSequence.Create("sys.long_info", new[] { "bits_per_digit", "sizeof_digit" }, PyInt.From(30), PyInt.From(4));
        m["hexversion"] = PyInt.From(0x020712f0);
        m["api_version"] = PyInt.From(1013);
        m["byteorder"] = PyStr.FromString(BitConverter.IsLittleEndian ? "little" : "big");
        m["executable"] = PyStr.FromString(Environment.ProcessPath ?? "");
        m["prefix"] = PyStr.FromString("/usr");
        m["exec_prefix"] = PyStr.FromString("/usr");
        m["builtin_module_names"] = PyTuple.Create(PyStr.FromString("__builtin__"), PyStr.FromString("sys"));
        m["dont_write_bytecode"] = PyBool.True;
        m["py3kwarning"] = PyBool.False;
        m["subversion"] = PyTuple.Create(PyStr.FromString("CPython"), PyStr.FromString(""), PyStr.FromString(""));
        m["meta_path"] = new PyList();
        m["path_hooks"] = new PyList();
        m["path_importer_cache"] = new PyDict();
        m["warnoptions"] = new PyList();
        m["exc_type"] = PyNone.None;
        m["float_info"] = StructSequence.Create("sys.float_info",
            new[] { "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds" },
            new PyFloat(double.MaxValue), PyInt.From(1024), PyInt.From(308),
            new PyFloat(2.2250738585072014e-308), PyInt.From(-1021), PyInt.From(-307), PyInt.From(15), PyInt.From(53),
            new PyFloat(2.220446049250313e-16), PyInt.From(2), PyInt.From(1));
        m["exit"] = NativeFunction.Create("exit", 0, new[] { "status" }, a => throw Exit(a[0]));
        m["exc_info"] = NativeFunction.Create("exc_info", () => Ops.ExcInfo());
        m["exc_clear"] = NativeFunction.Create("exc_clear", () => { Ops.ClearExcInfo(); return PyNone.None; });
        m["_getframe"] = NativeFunction.Create("_getframe", 0, new[] { "depth" }, a => PyFrame.Current(a[0] == null ? 0 : (int)Ops.IndexToLong(a[0])));
        m["getrecursionlimit"] = NativeFunction.Create("getrecursionlimit", () => PyInt.From(RecursionGuard.Limit));
        m["setrecursionlimit"] = NativeFunction.Create("setrecursionlimit", n =>
        {
            long v = Ops.IndexToLong(n);
            if (v <= 0) throw Ops.ValueError("recursion limit must be positive");
            RecursionGuard.Limit = (int)Math.Min(v, int.MaxValue);
            return PyNone.None;
        });
        m["getdefaultencoding"] = NativeFunction.Create("getdefaultencoding", () => PyStr.FromString("ascii"));
        m["getfilesystemencoding"] = NativeFunction.Create("getfilesystemencoding", () => PyStr.FromString("UTF-8"));
        m["getrefcount"] = NativeFunction.Create("getrefcount", o => PyInt.From(2));
        m["getsizeof"] = NativeFunction.Create("getsizeof", 1, new[] { "object", "default" }, a => PyInt.From(24));
        m["intern"] = NativeFunction.Create("intern", s => s is PyStr ps ? ps.Intern() : throw Ops.TypeError($"intern() argument 1 must be string, not {s.TypeName}"));
        m["displayhook"] = NativeFunction.Create("displayhook", o =>
        {
            if (o is PyNone) return PyNone.None;
            Builtins.Module["_"] = o;
            Stdout.WriteObject(Ops.Repr(o));
            Stdout.WriteString("\n");
            return PyNone.None;
        });
        m["excepthook"] = NativeFunction.Create("excepthook", (t, v, tb) =>
        {
            TracebackPrinter.Print(tb is PyTraceback ptb ? ptb.Exception : new PythonException(v), Stderr);
            return PyNone.None;
        });
        m["__displayhook__"] = m["displayhook"];
        m["__excepthook__"] = m["excepthook"];
        m["flags"] = StructSequence.Create("sys.flags",
            new[] { "debug", "py3k_warning", "division_warning", "division_new", "inspect", "interactive", "optimize", "dont_write_bytecode",
                "no_user_site", "no_site", "ignore_environment", "tabcheck", "verbose", "unicode", "bytes_warning", "hash_randomization" },
            System.Linq.Enumerable.Repeat<PyObject>(PyInt.Zero, 16).ToArray());
        return m;
    }

    /// <summary>sys.exit(status): raises SystemExit.</summary>
    public static PythonException Exit(PyObject status) =>
        status == null ? Ops.Error(PyExceptionTypes.SystemExit) : Ops.Error(PyExceptionTypes.SystemExit, status);

    /// <summary>Sets sys.argv (argv[0] is the script path, as python2.7 shows it).</summary>
    public static void SetArgv(string script, string[] args)
    {
        var l = new PyList();
        l.Append(PyStr.FromString(script ?? ""));
        foreach (var a in args) l.Append(FromOsString(a));
        Module["argv"] = l;
    }

    /// <summary>An OS string (UTF-16 in .NET) as the byte str Python 2 would see (UTF-8 bytes).</summary>
    public static PyStr FromOsString(string s) => PyStr.Wrap(System.Text.Encoding.UTF8.GetBytes(s));
}
