using System;
using System.Collections.Generic;
using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime.Modules.@string
{
    /// <summary>
    /// The <c>string</c> module of Python 2.7: constants, capwords, maketrans, Template, Formatter and
    /// the deprecated function forms of the str methods. The functions call the methods through
    /// attribute lookup, as string.py does, so they work on str, unicode and their subclasses.
    /// </summary>
    [PythonModule("string")]
    public static class @string
    {
        public static readonly PyStr whitespace = PyStr.FromString("\t\n\x0b\x0c\r ");
        public static readonly PyStr ascii_lowercase = PyStr.FromString("abcdefghijklmnopqrstuvwxyz");
        public static readonly PyStr ascii_uppercase = PyStr.FromString("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
        public static readonly PyStr ascii_letters = PyStr.FromString("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
        // The locale-dependent forms; the runtime uses the "C" locale.
        public static readonly PyStr lowercase = ascii_lowercase;
        public static readonly PyStr uppercase = ascii_uppercase;
        public static readonly PyStr letters = ascii_letters;
        public static readonly PyStr digits = PyStr.FromString("0123456789");
        public static readonly PyStr hexdigits = PyStr.FromString("0123456789abcdefABCDEF");
        public static readonly PyStr octdigits = PyStr.FromString("01234567");
        public static readonly PyStr punctuation = PyStr.FromString("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");
        public static readonly PyStr printable = PyStr.FromString(
            "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c");

        static readonly PyStr TemplateName = PyStr.Intern("template");

        /// <summary>string.Template: $-substitution; subclasses may change delimiter, idpattern or pattern.</summary>
        public static readonly PyType Template = new PythonClassBuilder("string", "Template", PyType.ObjectType)
            .Attribute("__doc__", PyStr.FromString("A string class for supporting $-substitutions."))
            .Attribute("delimiter", PyStr.FromString("$"))
            .Attribute("idpattern", PyStr.FromString("[_a-z][_a-z0-9]*"))
            .Method("__init__", new[] { "self", "template" }, a =>
            {
                Ops.SetAttr(a[0], TemplateName, a[1]);
                return PyNone.None;
            })
            .Method("substitute", new[] { "self" }, a =>
                TemplateSubstitution.Substitute(a[0], ((PyTuple)a[1]).AsSpan().ToArray(), (PyDict)a[2], safe: false),
                varArgs: "args", kwArgs: "kws")
            .Method("safe_substitute", new[] { "self" }, a =>
                TemplateSubstitution.Substitute(a[0], ((PyTuple)a[1]).AsSpan().ToArray(), (PyDict)a[2], safe: true),
                varArgs: "args", kwArgs: "kws")
            .Build();

        /// <summary>string.Formatter: str.format as overridable steps.</summary>
        public static readonly PyType Formatter = new PythonClassBuilder("string", "Formatter", PyType.ObjectType)
            .Method("format", new[] { "self", "format_string" }, a =>
                FormatterMethods.Format(a[0], a[1], ((PyTuple)a[2]).AsSpan().ToArray(), (PyDict)a[3]),
                varArgs: "args", kwArgs: "kwargs")
            .Method("vformat", new[] { "self", "format_string", "args", "kwargs" }, a => FormatterMethods.VFormat(a[0], a[1], a[2], a[3]))
            .Method("parse", new[] { "self", "format_string" }, a => FormatterMethods.Parse(a[1]))
            .Method("get_field", new[] { "self", "field_name", "args", "kwargs" }, a => FormatterMethods.GetField(a[0], a[1], a[2], a[3]))
            .Method("get_value", new[] { "self", "key", "args", "kwargs" }, a => FormatterMethods.GetValue(a[1], a[2], a[3]))
            .Method("check_unused_args", new[] { "self", "used_args", "args", "kwargs" }, a => FormatterMethods.CheckUnusedArgs(a[1], a[2], a[3]))
            .Method("format_field", new[] { "self", "value", "format_spec" }, a => FormatterMethods.FormatField(a[1], a[2]))
            .Method("convert_field", new[] { "self", "value", "conversion" }, a => FormatterMethods.ConvertField(a[1], a[2]))
            .Build();

        /// <summary>Calls <c>s.name(args...)</c>, leaving out trailing arguments that were not given.</summary>
        static PyObject CallMethod(PyObject s, string name, params PyObject[] args)
        {
            int n = args.Length;
            while (n > 0 && args[n - 1] == null) n--;
            var given = new PyObject[n];
            Array.Copy(args, given, n);
            return Ops.GetAttr(s, PyStr.Intern(name)).Call(given);
        }

        public static PyObject capwords(PyObject s, PyObject sep = null)
        {
            PyObject words = CallMethod(s, "split", sep);
            var capitalized = new List<PyObject>();
            PyObject it = Ops.Iter(words);
            for (PyObject w = it.Next(); w != null; w = it.Next()) capitalized.Add(CallMethod(w, "capitalize"));
            PyObject joiner = sep == null || sep is PyNone ? PyStr.FromString(" ") : sep;
            return CallMethod(joiner, "join", PyList.FromArray(capitalized.ToArray()));
        }

        public static PyObject maketrans(PyObject fromstr, PyObject tostr)
        {
            PyStr f = AsBuffer(fromstr), t = AsBuffer(tostr);
            if (f.Length != t.Length) throw Ops.ValueError("maketrans arguments must have same length");
            var table = new byte[256];
            for (int i = 0; i < 256; i++) table[i] = (byte)i;
            for (int i = 0; i < f.Length; i++) table[f[i]] = t[i];
            return PyStr.Wrap(table);
        }

        static PyStr AsBuffer(PyObject o)
        {
            if (o is PyStr s) return s;
            if (o is PyUnicode u) return Strings.CodecCalls.AsciiStr(u);
            throw Ops.TypeError("maketrans() argument 1 must be string or read-only character buffer, not " + o.TypeName);
        }

        // ---- the deprecated function forms ----------------------------------------------------------

        public static PyObject lower(PyObject s) => CallMethod(s, "lower");
        public static PyObject upper(PyObject s) => CallMethod(s, "upper");
        public static PyObject swapcase(PyObject s) => CallMethod(s, "swapcase");
        public static PyObject capitalize(PyObject s) => CallMethod(s, "capitalize");
        public static PyObject strip(PyObject s, PyObject chars = null) => CallMethod(s, "strip", chars);
        public static PyObject lstrip(PyObject s, PyObject chars = null) => CallMethod(s, "lstrip", chars);
        public static PyObject rstrip(PyObject s, PyObject chars = null) => CallMethod(s, "rstrip", chars);
        public static PyObject split(PyObject s, PyObject sep = null, PyObject maxsplit = null) =>
            CallMethod(s, "split", sep ?? PyNone.None, maxsplit ?? PyInt.From(-1));
        public static PyObject splitfields(PyObject s, PyObject sep = null, PyObject maxsplit = null) => split(s, sep, maxsplit);
        public static PyObject rsplit(PyObject s, PyObject sep = null, PyObject maxsplit = null) =>
            CallMethod(s, "rsplit", sep ?? PyNone.None, maxsplit ?? PyInt.From(-1));
        public static PyObject join(PyObject words, PyObject sep = null) => CallMethod(sep ?? PyStr.FromString(" "), "join", words);
        public static PyObject joinfields(PyObject words, PyObject sep = null) => join(words, sep);
        public static PyObject find(PyObject s, PyObject sub, PyObject start = null, PyObject end = null) => CallMethod(s, "find", sub, start, end);
        public static PyObject rfind(PyObject s, PyObject sub, PyObject start = null, PyObject end = null) => CallMethod(s, "rfind", sub, start, end);
        public static PyObject index(PyObject s, PyObject sub, PyObject start = null, PyObject end = null) => CallMethod(s, "index", sub, start, end);
        public static PyObject rindex(PyObject s, PyObject sub, PyObject start = null, PyObject end = null) => CallMethod(s, "rindex", sub, start, end);
        public static PyObject count(PyObject s, PyObject sub, PyObject start = null, PyObject end = null) => CallMethod(s, "count", sub, start, end);
        public static PyObject expandtabs(PyObject s, PyObject tabsize = null) => CallMethod(s, "expandtabs", tabsize ?? PyInt.From(8));
        public static PyObject ljust(PyObject s, PyObject width, PyObject fillchar = null) => CallMethod(s, "ljust", width, fillchar);
        public static PyObject rjust(PyObject s, PyObject width, PyObject fillchar = null) => CallMethod(s, "rjust", width, fillchar);
        public static PyObject center(PyObject s, PyObject width, PyObject fillchar = null) => CallMethod(s, "center", width, fillchar);
        public static PyObject replace(PyObject s, PyObject old, PyObject @new, PyObject maxreplace = null) =>
            CallMethod(s, "replace", old, @new, maxreplace ?? PyInt.From(-1));

        public static PyObject zfill(PyObject x, PyObject width)
        {
            if (x is not PyStr && x is not PyUnicode) x = Ops.Repr(x);
            return CallMethod(x, "zfill", width);
        }

        public static PyObject translate(PyObject s, PyObject table, PyObject deletions = null)
        {
            deletions ??= PyStr.Empty;
            if (Ops.IsTrue(deletions) || table is PyNone) return CallMethod(s, "translate", table, deletions);
            // string.py: "s.translate(table + s[:0])" — a unicode s makes the table unicode.
            return CallMethod(s, "translate", Ops.Add(table, Ops.GetItem(s, new PySlice(PyNone.None, PyInt.Zero, PyNone.None))));
        }

        public static PyObject atoi(PyObject s, PyObject @base = null) =>
            @base == null ? PyInt.TypeObject.Call(s) : PyInt.TypeObject.Call(s, @base);

        public static PyObject atol(PyObject s, PyObject @base = null) =>
            @base == null ? PyLong.TypeObject.Call(s) : PyLong.TypeObject.Call(s, @base);

        public static PyObject atof(PyObject s) => PyFloat.TypeObject.Call(s);
    }
}
