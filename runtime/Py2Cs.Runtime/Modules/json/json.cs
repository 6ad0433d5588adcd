#pragma warning disable CS8981 // the module class is named as in Python
using Py2Cs.Runtime.Modules.json;

namespace Py2Cs.Runtime
{
    /// <summary>The <c>json</c> module of Python 2.7 (dumps/dump/loads/load, JSONEncoder, JSONDecoder).</summary>
    [PythonModule("json")]
    public static class json
    {
        public static readonly PyObject JSONEncoder = JsonCoderObject.EncoderType;
        public static readonly PyObject JSONDecoder = JsonCoderObject.DecoderType;
        public static readonly PyObject __version__ = PyStr.FromString("2.0.9");

        private static readonly PyObject defaultEncoder = Ops.Call(JsonCoderObject.EncoderType);
        private static readonly PyObject defaultDecoder = Ops.Call(JsonCoderObject.DecoderType);

        private static readonly string[] EncoderNames =
            { "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "indent", "separators", "encoding", "default", "sort_keys" };

        private static PyObject Encoder(PyObject cls, PyObject[] values, PyDict kw)
        {
            bool defaults = cls == null && (kw == null || kw.Count == 0);
            for (int i = 0; i < values.Length && defaults; i++) defaults = values[i] == null;
            if (defaults) return defaultEncoder;
            var args = new System.Collections.Generic.List<PyObject>();
            var names = new System.Collections.Generic.List<PyStr>();
            for (int i = 0; i < values.Length; i++)
            {
                if (values[i] == null) continue;
                args.Add(values[i]);
                names.Add(PyStr.Intern(EncoderNames[i]));
            }
            if (kw != null)
                foreach (var kv in kw.Items()) { args.Add(kv.Value); names.Add(((PyStr)kv.Key).Intern()); }
            PyObject type = cls == null || cls is PyNone ? JsonCoderObject.EncoderType : cls;
            return Ops.Call(type, args.ToArray(), names.ToArray());
        }

        public static PyObject dumps(PyObject obj, PyObject skipkeys = null, PyObject ensure_ascii = null, PyObject check_circular = null,
            PyObject allow_nan = null, PyObject cls = null, PyObject indent = null, PyObject separators = null, PyObject encoding = null,
            PyObject @default = null, PyObject sort_keys = null, [Kwargs] PyDict kw = null)
        {
            PyObject encoder = Encoder(cls, new[] { skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, encoding, @default, sort_keys }, kw);
            return Ops.CallMethod(encoder, "encode", obj);
        }

        public static PyObject dump(PyObject obj, PyObject fp, PyObject skipkeys = null, PyObject ensure_ascii = null, PyObject check_circular = null,
            PyObject allow_nan = null, PyObject cls = null, PyObject indent = null, PyObject separators = null, PyObject encoding = null,
            PyObject @default = null, PyObject sort_keys = null, [Kwargs] PyDict kw = null)
        {
            PyObject encoder = Encoder(cls, new[] { skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, encoding, @default, sort_keys }, kw);
            foreach (PyObject chunk in Ops.Enumerate(Ops.CallMethod(encoder, "iterencode", obj)))
                Ops.CallMethod(fp, "write", chunk);
            return PyNone.None;
        }

        private static readonly string[] DecoderNames =
            { "encoding", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook" };

        public static PyObject loads(PyObject s, PyObject encoding = null, PyObject cls = null, PyObject object_hook = null, PyObject parse_float = null,
            PyObject parse_int = null, PyObject parse_constant = null, PyObject object_pairs_hook = null, [Kwargs] PyDict kw = null)
        {
            PyObject[] values = { encoding, object_hook, parse_float, parse_int, parse_constant, object_pairs_hook };
            bool defaults = (cls == null || cls is PyNone) && (kw == null || kw.Count == 0);
            foreach (PyObject v in values) defaults &= v == null || v is PyNone;
            if (defaults) return Ops.CallMethod(defaultDecoder, "decode", s);
            var args = new System.Collections.Generic.List<PyObject>();
            var names = new System.Collections.Generic.List<PyStr>();
            for (int i = 0; i < values.Length; i++)
            {
                if (values[i] == null || values[i] is PyNone) continue;
                args.Add(values[i]);
                names.Add(PyStr.Intern(DecoderNames[i]));
            }
            if (kw != null)
                foreach (var kv in kw.Items()) { args.Add(kv.Value); names.Add(((PyStr)kv.Key).Intern()); }
            PyObject type = cls == null || cls is PyNone ? JsonCoderObject.DecoderType : cls;
            return Ops.CallMethod(Ops.Call(type, args.ToArray(), names.ToArray()), "decode", s);
        }

        public static PyObject load(PyObject fp, PyObject encoding = null, PyObject cls = null, PyObject object_hook = null, PyObject parse_float = null,
            PyObject parse_int = null, PyObject parse_constant = null, PyObject object_pairs_hook = null, [Kwargs] PyDict kw = null) =>
            loads(Ops.CallMethod(fp, "read"), encoding, cls, object_hook, parse_float, parse_int, parse_constant, object_pairs_hook, kw);
    }
}
