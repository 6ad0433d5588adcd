namespace Py2Cs.Runtime
{
    public partial class PyStr
    {
        /// <summary>Puts every str method into the type's dictionary (called once, from the core's PopulateType).</summary>
        static partial void DefineMethods(PyType t)
        {
            static PyStr S(PyObject o) => (PyStr)o;
            string[] search = { "sub", "start", "end" };

            t.Define("capitalize", NativeMethod.Create(t, "capitalize", s => S(s).capitalize()));
            t.Define("lower", NativeMethod.Create(t, "lower", s => S(s).lower()));
            t.Define("upper", NativeMethod.Create(t, "upper", s => S(s).upper()));
            t.Define("swapcase", NativeMethod.Create(t, "swapcase", s => S(s).swapcase()));
            t.Define("title", NativeMethod.Create(t, "title", s => S(s).title()));
            t.Define("isalnum", NativeMethod.Create(t, "isalnum", s => S(s).isalnum()));
            t.Define("isalpha", NativeMethod.Create(t, "isalpha", s => S(s).isalpha()));
            t.Define("isdigit", NativeMethod.Create(t, "isdigit", s => S(s).isdigit()));
            t.Define("islower", NativeMethod.Create(t, "islower", s => S(s).islower()));
            t.Define("isspace", NativeMethod.Create(t, "isspace", s => S(s).isspace()));
            t.Define("istitle", NativeMethod.Create(t, "istitle", s => S(s).istitle()));
            t.Define("isupper", NativeMethod.Create(t, "isupper", s => S(s).isupper()));
            t.Define("find", NativeMethod.Create(t, "find", 1, search, (s, a) => S(s).find(a[0], a[1], a[2])));
            t.Define("rfind", NativeMethod.Create(t, "rfind", 1, search, (s, a) => S(s).rfind(a[0], a[1], a[2])));
            t.Define("index", NativeMethod.Create(t, "index", 1, search, (s, a) => S(s).index(a[0], a[1], a[2])));
            t.Define("rindex", NativeMethod.Create(t, "rindex", 1, search, (s, a) => S(s).rindex(a[0], a[1], a[2])));
            t.Define("count", NativeMethod.Create(t, "count", 1, search, (s, a) => S(s).count(a[0], a[1], a[2])));
            t.Define("startswith", NativeMethod.Create(t, "startswith", 1, new[] { "prefix", "start", "end" }, (s, a) => S(s).startswith(a[0], a[1], a[2])));
            t.Define("endswith", NativeMethod.Create(t, "endswith", 1, new[] { "suffix", "start", "end" }, (s, a) => S(s).endswith(a[0], a[1], a[2])));
            t.Define("split", NativeMethod.Create(t, "split", 0, new[] { "sep", "maxsplit" }, (s, a) => S(s).split(a[0], a[1])));
            t.Define("rsplit", NativeMethod.Create(t, "rsplit", 0, new[] { "sep", "maxsplit" }, (s, a) => S(s).rsplit(a[0], a[1])));
            t.Define("splitlines", NativeMethod.Create(t, "splitlines", 0, new[] { "keepends" }, (s, a) => S(s).splitlines(a[0])));
            t.Define("partition", NativeMethod.Create(t, "partition", (s, sep) => S(s).partition(sep)));
            t.Define("rpartition", NativeMethod.Create(t, "rpartition", (s, sep) => S(s).rpartition(sep)));
            t.Define("join", NativeMethod.Create(t, "join", (s, it) => S(s).join(it)));
            t.Define("replace", NativeMethod.Create(t, "replace", 2, new[] { "old", "new", "count" }, (s, a) => S(s).replace(a[0], a[1], a[2])));
            t.Define("strip", NativeMethod.Create(t, "strip", 0, new[] { "chars" }, (s, a) => S(s).strip(a[0])));
            t.Define("lstrip", NativeMethod.Create(t, "lstrip", 0, new[] { "chars" }, (s, a) => S(s).lstrip(a[0])));
            t.Define("rstrip", NativeMethod.Create(t, "rstrip", 0, new[] { "chars" }, (s, a) => S(s).rstrip(a[0])));
            t.Define("ljust", NativeMethod.Create(t, "ljust", 1, new[] { "width", "fillchar" }, (s, a) => S(s).ljust(a[0], a[1])));
            t.Define("rjust", NativeMethod.Create(t, "rjust", 1, new[] { "width", "fillchar" }, (s, a) => S(s).rjust(a[0], a[1])));
            t.Define("center", NativeMethod.Create(t, "center", 1, new[] { "width", "fillchar" }, (s, a) => S(s).center(a[0], a[1])));
            t.Define("zfill", NativeMethod.Create(t, "zfill", (s, w) => S(s).zfill(w)));
            t.Define("expandtabs", NativeMethod.Create(t, "expandtabs", 0, new[] { "tabsize" }, (s, a) => S(s).expandtabs(a[0])));
            t.Define("translate", NativeMethod.Create(t, "translate", 1, new[] { "table", "deletechars" }, (s, a) => S(s).translate(a[0], a[1])));
            t.Define("decode", NativeMethod.Create(t, "decode", 0, new[] { "encoding", "errors" }, (s, a) => S(s).decode(a[0], a[1])));
            t.Define("encode", NativeMethod.Create(t, "encode", 0, new[] { "encoding", "errors" }, (s, a) => S(s).encode(a[0], a[1])));
            t.Define("format", NativeMethod.CreateRaw(t, "format", (s, a, k) => Formatting.CallArguments.Call(a, k, (args, kw) => S(s).format(args, kw))));
            t.Define("__format__", NativeMethod.Create(t, "__format__", (s, spec) => S(s).__format__(spec)));
            t.Define("_formatter_parser", NativeMethod.Create(t, "_formatter_parser", s => Formatting.FormatterParser.Parse(s)));
            t.Define("_formatter_field_name_split", NativeMethod.Create(t, "_formatter_field_name_split", s => Formatting.FormatterParser.FieldNameSplit(s)));
        }
    }
}
