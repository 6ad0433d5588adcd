#pragma warning disable CS8981 // the module class is named as in Python
using System.Collections.Generic;
using Py2Cs.Runtime.Modules.re;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// The <c>re</c> module of Python 2.7: Python's regular-expression syntax and semantics, run by
    /// the .NET regex engine on a faithful translation (see Modules/re/NetPatternWriter.cs).
    /// </summary>
    [PythonModule("re")]
    public static class re
    {
        public static readonly PyObject I = PyInt.From(RegexFlags.IGNORECASE);
        public static readonly PyObject IGNORECASE = I;
        public static readonly PyObject L = PyInt.From(RegexFlags.LOCALE);
        public static readonly PyObject LOCALE = L;
        public static readonly PyObject M = PyInt.From(RegexFlags.MULTILINE);
        public static readonly PyObject MULTILINE = M;
        public static readonly PyObject S = PyInt.From(RegexFlags.DOTALL);
        public static readonly PyObject DOTALL = S;
        public static readonly PyObject U = PyInt.From(RegexFlags.UNICODE);
        public static readonly PyObject UNICODE = U;
        public static readonly PyObject X = PyInt.From(RegexFlags.VERBOSE);
        public static readonly PyObject VERBOSE = X;
        public static readonly PyObject T = PyInt.From(RegexFlags.TEMPLATE);
        public static readonly PyObject TEMPLATE = T;
        public static readonly PyObject DEBUG = PyInt.From(RegexFlags.DEBUG);

        /// <summary>re.error (sre_constants.error).</summary>
        public static readonly PyType error = MakeError();

        private static PyType MakeError()
        {
            // A class, not a built-in type, so that it reports sre_constants as its module like CPython's.
            var dict = new PyDict();
            dict.SetStr("__module__", PyStr.FromString("sre_constants"));
            return (PyType)PyType.MakeClass("error", PyTuple.Create(PyExceptionTypes.Exception), dict);
        }

        private const int MaxCache = 100;
        private static readonly Dictionary<(bool, string, int), PatternObject> cache = new();
        private static readonly object cacheLock = new();

        private static PatternObject Compile(PyObject pattern, PyObject flags)
        {
            int f = flags == null ? 0 : Ops.ToInt32(flags);
            if (pattern is PatternObject compiled)
            {
                if (f != 0) throw Ops.ValueError("Cannot process flags argument with a compiled pattern");
                return compiled;
            }
            if (pattern is not PyStr && pattern is not PyUnicode) throw Ops.TypeError("first argument must be string or compiled pattern");
            var key = (pattern is PyUnicode, pattern is PyStr ps ? ps.ToString() : RegexText.Of(pattern), f); // leaves the subject cache to the subjects
            lock (cacheLock)
            {
                if ((f & RegexFlags.DEBUG) == 0 && cache.TryGetValue(key, out PatternObject hit)) return hit;
            }
            CompiledPattern p;
            try { p = CompiledPattern.Compile(key.Item2, f, key.Item1); }
            catch (RegexError e) { throw RegexText.ToPython(e); }
            var result = new PatternObject(p, pattern);
            lock (cacheLock)
            {
                if (cache.Count >= MaxCache) cache.Clear();
                cache[key] = result;
            }
            return result;
        }

        public static PyObject compile(PyObject pattern, PyObject flags = null) => Compile(pattern, flags);

        public static PyObject search(PyObject pattern, PyObject @string, PyObject flags = null) => Compile(pattern, flags).Search(@string);

        public static PyObject match(PyObject pattern, PyObject @string, PyObject flags = null) => Compile(pattern, flags).Match(@string);

        public static PyObject split(PyObject pattern, PyObject @string, PyObject maxsplit = null, PyObject flags = null) =>
            Compile(pattern, flags).Split(@string, maxsplit);

        public static PyObject findall(PyObject pattern, PyObject @string, PyObject flags = null) => Compile(pattern, flags).FindAll(@string);

        public static PyObject finditer(PyObject pattern, PyObject @string, PyObject flags = null) => Compile(pattern, flags).FindIter(@string);

        public static PyObject sub(PyObject pattern, PyObject repl, PyObject @string, PyObject count = null, PyObject flags = null) =>
            Compile(pattern, flags).Subn(repl, @string, count).Result;

        public static PyObject subn(PyObject pattern, PyObject repl, PyObject @string, PyObject count = null, PyObject flags = null)
        {
            var (r, n) = Compile(pattern, flags).Subn(repl, @string, count);
            return PyTuple.Create(r, PyInt.From(n));
        }

        public static PyObject escape(PyObject pattern) => pattern switch
        {
            PyUnicode u => PyUnicode.FromString(RegexEscaping.Escape(u.Value)),
            PyStr s => PyStr.FromString(RegexEscaping.Escape(s.ToString())),
            _ => throw Ops.TypeError("object of type '" + pattern.TypeName + "' has no len()"),
        };

        public static PyObject purge()
        {
            lock (cacheLock) cache.Clear();
            return PyNone.None;
        }

        public static PyObject template(PyObject pattern, PyObject flags = null) =>
            Compile(pattern, PyInt.From((flags == null ? 0 : Ops.ToInt32(flags)) | RegexFlags.TEMPLATE));
    }
}
