#pragma warning disable CS8981 // the module class is named as in Python
using System.Runtime.InteropServices;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// resource: getrusage, getrlimit/setrlimit and getpagesize through libc, with resourcemodule.c's
    /// errors (ValueError for bad arguments and EINVAL/EPERM, resource.error otherwise). struct_rusage
    /// is also what os.wait3/wait4 return.
    /// </summary>
    [PythonModule("resource")]
    public static unsafe partial class resource
    {
        [LibraryImport("libc", SetLastError = true)] private static partial int getrusage(int who, byte* usage);
        [LibraryImport("libc", SetLastError = true)] private static partial int getrlimit(int resource, long* limits);
        [LibraryImport("libc", SetLastError = true)] private static partial int setrlimit(int resource, long* limits);

        static readonly string[] Fields =
        {
            "ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt",
            "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw",
        };

        public static readonly PyObject struct_rusage = StructSequence.GetType("resource.struct_rusage", Fields);
        public static readonly PyType error = MakeError();

        public static readonly PyObject RLIMIT_CPU = PyInt.From(0);
        public static readonly PyObject RLIMIT_FSIZE = PyInt.From(1);
        public static readonly PyObject RLIMIT_DATA = PyInt.From(2);
        public static readonly PyObject RLIMIT_STACK = PyInt.From(3);
        public static readonly PyObject RLIMIT_CORE = PyInt.From(4);
        public static readonly PyObject RLIMIT_RSS = PyInt.From(5);
        public static readonly PyObject RLIMIT_NPROC = PyInt.From(6);
        public static readonly PyObject RLIMIT_NOFILE = PyInt.From(7);
        public static readonly PyObject RLIMIT_OFILE = PyInt.From(7);
        public static readonly PyObject RLIMIT_MEMLOCK = PyInt.From(8);
        public static readonly PyObject RLIMIT_AS = PyInt.From(9);
        public static readonly PyObject RLIM_INFINITY = PyInt.From(-1);
        public static readonly PyObject RUSAGE_SELF = PyInt.From(0);
        public static readonly PyObject RUSAGE_CHILDREN = PyInt.From(-1);

        const int RLIM_NLIMITS = 16;

        static PyType MakeError()
        {
            var dict = new PyDict();
            dict.SetStr("__module__", PyStr.FromString("resource"));
            return (PyType)PyType.MakeClass("error", PyTuple.Create(PyExceptionTypes.Exception), dict);
        }

        static PythonException Error(int errno) => Ops.Error(error, PyInt.From(errno), PyStr.FromString(ErrnoTable.Message(errno)));

        /// <summary>A struct rusage (Linux x86_64: two timevals, then fourteen longs) as struct_rusage.</summary>
        internal static PyObject Usage(byte* p)
        {
            long* l = (long*)p;
            var values = new PyObject[16];
            values[0] = new PyFloat(l[0] + l[1] * 1e-6);
            values[1] = new PyFloat(l[2] + l[3] * 1e-6);
            for (int i = 2; i < 16; i++) values[i] = PyInt.From(l[i + 2]);
            return StructSequence.Create("resource.struct_rusage", Fields, values);
        }

        internal const int RusageSize = 144;

        public static PyObject getrusage(PyObject who)
        {
            int w = Ops.ToInt32(who);
            byte* buffer = stackalloc byte[RusageSize];
            if (getrusage(w, buffer) < 0)
            {
                int errno = Libc.Errno;
                if (errno == 22) throw Ops.ValueError("invalid who parameter");
                throw Error(errno);
            }
            return Usage(buffer);
        }

        public static PyObject getrlimit(PyObject resource)
        {
            int r = Ops.ToInt32(resource);
            if (r < 0 || r >= RLIM_NLIMITS) throw Ops.ValueError("invalid resource specified");
            long* limits = stackalloc long[2];
            if (getrlimit(r, limits) < 0) throw Error(Libc.Errno);
            return PyTuple.Create(PyInt.From(limits[0]), PyInt.From(limits[1]));
        }

        public static PyObject setrlimit(PyObject resource, PyObject limits)
        {
            int r = Ops.ToInt32(resource);
            if (r < 0 || r >= RLIM_NLIMITS) throw Ops.ValueError("invalid resource specified");
            var items = new System.Collections.Generic.List<PyObject>(Ops.Enumerate(limits));
            if (items.Count != 2) throw Ops.ValueError("expected a tuple of 2 integers");
            long* l = stackalloc long[2];
            l[0] = Limit(items[0]);
            l[1] = Limit(items[1]);
            if (setrlimit(r, l) < 0)
            {
                int errno = Libc.Errno;
                if (errno == 22) throw Ops.ValueError("current limit exceeds maximum limit");
                if (errno == 1) throw Ops.ValueError("not allowed to raise maximum limit");
                throw Error(errno);
            }
            return PyNone.None;
        }

        // rlim_t is unsigned: -1 (RLIM_INFINITY) and anything up to 2**64-1 are accepted.
        static long Limit(PyObject o)
        {
            var v = Ops.ToBigInteger(o is PyInt || o is PyLong ? o : o.Index() ?? throw Ops.TypeError("an integer is required"));
            if (v < long.MinValue || v > ulong.MaxValue) throw Ops.OverflowError("Python int too large to convert to C long");
            return v > long.MaxValue ? unchecked((long)(ulong)v) : (long)v;
        }

        public static int getpagesize() => System.Environment.SystemPageSize;
    }
}
