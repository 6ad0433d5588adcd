using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// The getopt module (Python 2.7): getopt, gnu_getopt, GetoptError (alias error). The scanning
    /// is 2.7's, step by step on the Python objects given (slices of args, `'-' + opt`, `%`), so the
    /// results keep the argument's type: unicode arguments give unicode options and values, the
    /// rest of a tuple is a tuple, and a prefix-matched long option is the longopts entry.
    /// </summary>
    [PythonModule("getopt")]
    public static class getopt
    {
        private static readonly PyStr MsgName = PyStr.Intern("msg");
        private static readonly PyStr OptName = PyStr.Intern("opt");
        private static readonly PyStr Dash = PyStr.FromString("-");
        private static readonly PyStr DoubleDash = PyStr.FromString("--");
        private static readonly PyStr Equals = PyStr.FromString("=");
        private static readonly PyStr Colon = PyStr.FromString(":");
        private static readonly PyStr Plus = PyStr.FromString("+");
        private static readonly PyInt Zero = PyInt.From(0);
        private static readonly PyInt One = PyInt.From(1);
        private static readonly PyInt Two = PyInt.From(2);

        public static readonly PyType GetoptError = new PythonClassBuilder("getopt", "GetoptError", PyExceptionTypes.Exception)
            .Attribute("opt", PyStr.Empty)
            .Attribute("msg", PyStr.Empty)
            .Method("__init__", new[] { "self", "msg", "opt" }, a =>
            {
                Ops.SetAttr(a[0], MsgName, a[1]);
                Ops.SetAttr(a[0], OptName, a[2]);
                Ops.Call(Ops.GetAttr(PyExceptionTypes.Exception, PyStr.Intern("__init__")), a[0], a[1], a[2]);
                return PyNone.None;
            }, defaults: new PyObject[] { PyStr.Empty })
            .Method("__str__", new[] { "self" }, a => Ops.GetAttr(a[0], MsgName))
            .Build();

        public static readonly PyType error = GetoptError;

        public static readonly PyList __all__ = PyList.FromArray(new PyObject[]
        {
            PyStr.FromString("GetoptError"), PyStr.FromString("error"), PyStr.FromString("getopt"), PyStr.FromString("gnu_getopt"),
        });

        private static PyObject Call(PyObject o, string method, params PyObject[] args) => Ops.CallMethod(o, method, args);

        private static PythonException Failure(string format, PyObject opt) =>
            Ops.MakeRaise(Ops.Call(GetoptError, Ops.Modulo(PyStr.FromString(format), opt), opt));

        private static PyObject Head(PyObject args) => Ops.GetItem(args, Zero);

        private static PyObject Tail(PyObject args) => Ops.GetSlice(args, One, null);

        [PythonName("getopt")]
        public static PyObject getopt_(PyObject args, PyObject shortopts, PyObject longopts = null)
        {
            var opts = new PyList();
            longopts ??= new PyList();
            longopts = Ops.TypeOf(longopts) == PyStr.TypeObject ? PyList.FromArray(new[] { longopts }) : Ops.Call(PyList.TypeObject, longopts);
            while (Ops.IsTrue(args) && Ops.IsTrue(Call(Head(args), "startswith", Dash)) && Ops.Ne(Head(args), Dash))
            {
                if (Ops.Eq(Head(args), DoubleDash))
                {
                    args = Tail(args);
                    break;
                }
                args = Ops.IsTrue(Call(Head(args), "startswith", DoubleDash))
                    ? DoLongs(opts, Ops.GetSlice(Head(args), Two, null), longopts, Tail(args))
                    : DoShorts(opts, Ops.GetSlice(Head(args), One, null), shortopts, Tail(args));
            }
            return PyTuple.Create(opts, args);
        }

        public static PyObject gnu_getopt(PyObject args, PyObject shortopts, PyObject longopts = null)
        {
            var opts = new PyList();
            PyObject progArgs = new PyList();
            longopts ??= new PyList();
            longopts = longopts is PyStr ? PyList.FromArray(new[] { longopts }) : Ops.Call(PyList.TypeObject, longopts);
            bool allOptionsFirst;
            if (Ops.IsTrue(Call(shortopts, "startswith", Plus)))
            {
                shortopts = Ops.GetSlice(shortopts, One, null);
                allOptionsFirst = true;
            }
            else
            {
                PyObject environ = Ops.GetAttr(Importer.ImportModule("os"), PyStr.Intern("environ"));
                allOptionsFirst = Ops.IsTrue(Call(environ, "get", PyStr.FromString("POSIXLY_CORRECT")));
            }
            while (Ops.IsTrue(args))
            {
                if (Ops.Eq(Head(args), DoubleDash))
                {
                    progArgs = Ops.InPlaceAdd(progArgs, Tail(args));
                    break;
                }
                if (Ops.Eq(Ops.GetSlice(Head(args), null, Two), DoubleDash))
                    args = DoLongs(opts, Ops.GetSlice(Head(args), Two, null), longopts, Tail(args));
                else if (Ops.Eq(Ops.GetSlice(Head(args), null, One), Dash) && Ops.Ne(Head(args), Dash))
                    args = DoShorts(opts, Ops.GetSlice(Head(args), One, null), shortopts, Tail(args));
                else if (allOptionsFirst)
                {
                    progArgs = Ops.InPlaceAdd(progArgs, args);
                    break;
                }
                else
                {
                    Call(progArgs, "append", Head(args));
                    args = Tail(args);
                }
            }
            return PyTuple.Create(opts, progArgs);
        }

        /// <summary>One `--name[=value]` argument; returns the arguments left.</summary>
        private static PyObject DoLongs(PyList opts, PyObject opt, PyObject longopts, PyObject args)
        {
            PyObject optarg = PyNone.None;
            PyObject i = null;
            try { i = Call(opt, "index", Equals); }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.ValueError)) { }
            if (i != null)
            {
                optarg = Ops.GetSlice(opt, Ops.Add(i, One), null);
                opt = Ops.GetSlice(opt, null, i);
            }
            bool hasArg = LongHasArgs(ref opt, longopts);
            if (hasArg)
            {
                if (optarg is PyNone)
                {
                    if (!Ops.IsTrue(args)) throw Failure("option --%s requires argument", opt);
                    optarg = Head(args);
                    args = Tail(args);
                }
            }
            else if (!(optarg is PyNone))
            {
                throw Failure("option --%s must not have an argument", opt);
            }
            opts.Append(PyTuple.Create(Ops.Add(DoubleDash, opt), Ops.IsTrue(optarg) ? optarg : PyStr.Empty));
            return args;
        }

        /// <summary>Whether the long option takes an argument; opt becomes the matched name.</summary>
        private static bool LongHasArgs(ref PyObject opt, PyObject longopts)
        {
            var possibilities = new PyList();
            foreach (PyObject o in Ops.Enumerate(longopts))
                if (Ops.IsTrue(Call(o, "startswith", opt))) possibilities.Append(o);
            if (possibilities.Count == 0) throw Failure("option --%s not recognized", opt);
            if (Ops.Contains(possibilities, opt)) return false;
            if (Ops.Contains(possibilities, Ops.Add(opt, Equals))) return true;
            if (possibilities.Count > 1) throw Failure("option --%s not a unique prefix", opt);
            PyObject uniqueMatch = possibilities[0];
            bool hasArg = Ops.IsTrue(Call(uniqueMatch, "endswith", Equals));
            if (hasArg) uniqueMatch = Ops.GetSlice(uniqueMatch, null, PyInt.From(-1));
            opt = uniqueMatch;
            return hasArg;
        }

        /// <summary>One `-abc` cluster; returns the arguments left.</summary>
        private static PyObject DoShorts(PyList opts, PyObject optstring, PyObject shortopts, PyObject args)
        {
            while (Ops.Ne(optstring, PyStr.Empty))
            {
                PyObject opt = Ops.GetItem(optstring, Zero);
                optstring = Ops.GetSlice(optstring, One, null);
                PyObject optarg;
                if (ShortHasArg(opt, shortopts))
                {
                    if (Ops.Eq(optstring, PyStr.Empty))
                    {
                        if (!Ops.IsTrue(args)) throw Failure("option -%s requires argument", opt);
                        optstring = Head(args);
                        args = Tail(args);
                    }
                    optarg = optstring;
                    optstring = PyStr.Empty;
                }
                else
                {
                    optarg = PyStr.Empty;
                }
                opts.Append(PyTuple.Create(Ops.Add(Dash, opt), optarg));
            }
            return args;
        }

        private static bool ShortHasArg(PyObject opt, PyObject shortopts)
        {
            int n = Ops.Len(shortopts);
            for (int i = 0; i < n; i++)
            {
                PyObject letter = Ops.GetItem(shortopts, PyInt.From(i));
                if (Ops.Eq(opt, letter) && Ops.Ne(letter, Colon)) return Ops.IsTrue(Call(shortopts, "startswith", Colon, PyInt.From(i + 1)));
            }
            throw Failure("option -%s not recognized", opt);
        }
    }
}
