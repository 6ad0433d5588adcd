namespace Py2Cs.Runtime.Modules.json
{
    /// <summary>
    /// Instances of json.JSONEncoder / json.JSONDecoder (and their Python subclasses): settings live
    /// in the instance __dict__ as in json/encoder.py, so subclasses can read and override them.
    /// </summary>
    public sealed class JsonCoderObject : PyObject
    {
        private readonly PyType type;
        private readonly PyDict dict = new PyDict();

        public JsonCoderObject(PyType type) => this.type = type;
        public override PyType Type => type;
        public override PyDict InstanceDict => dict;

        private static readonly string[] EncoderParameters =
            { "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent", "separators", "encoding", "default" };

        private static readonly string[] DecoderParameters =
            { "encoding", "object_hook", "parse_float", "parse_int", "parse_constant", "strict", "object_pairs_hook" };

        public static readonly PyType EncoderType = PyType.Builtin("JSONEncoder", () => PyType.ObjectType, t =>
        {
            t.Constructor = (type, args, kw) => new JsonCoderObject(type);
            t.Dict.SetStr("__module__", PyStr.FromString("json.encoder"));
            t.Dict.SetStr("item_separator", PyStr.FromString(", "));
            t.Dict.SetStr("key_separator", PyStr.FromString(": "));
            t.DefMethod("__init__", 0, EncoderParameters, (self, a) =>
            {
                var d = self.InstanceDict;
                d.SetStr("skipkeys", a[0] ?? PyBool.False);
                d.SetStr("ensure_ascii", a[1] ?? PyBool.True);
                d.SetStr("check_circular", a[2] ?? PyBool.True);
                d.SetStr("allow_nan", a[3] ?? PyBool.True);
                d.SetStr("sort_keys", a[4] ?? PyBool.False);
                d.SetStr("indent", a[5] ?? PyNone.None);
                if (a[6] != null && a[6] is not PyNone)
                {
                    PyObject[] seps = Ops.UnpackSequence(a[6], 2);
                    d.SetStr("item_separator", seps[0]);
                    d.SetStr("key_separator", seps[1]);
                }
                if (a[8] != null && a[8] is not PyNone) d.SetStr("default", a[8]);
                d.SetStr("encoding", a[7] ?? PyStr.FromString("utf-8"));
                return PyNone.None;
            });
            t.DefMethod("default", (self, o) => throw Ops.TypeError(Ops.Repr(o) + " is not JSON serializable"));
            t.DefMethod("encode", (self, o) => new JsonWriter(self).Encode(o));
            t.DefMethod("iterencode", 1, new[] { "o", "_one_shot" }, (self, a) => PyList.Create(new JsonWriter(self).Encode(a[0])));
        });

        public static readonly PyType DecoderType = PyType.Builtin("JSONDecoder", () => PyType.ObjectType, t =>
        {
            t.Constructor = (type, args, kw) => new JsonCoderObject(type);
            t.Dict.SetStr("__module__", PyStr.FromString("json.decoder"));
            t.DefMethod("__init__", 0, DecoderParameters, (self, a) =>
            {
                var d = self.InstanceDict;
                d.SetStr("encoding", a[0] ?? PyNone.None);
                d.SetStr("object_hook", a[1] ?? PyNone.None);
                d.SetStr("parse_float", a[2] ?? PyNone.None);
                d.SetStr("parse_int", a[3] ?? PyNone.None);
                d.SetStr("parse_constant", a[4] ?? PyNone.None);
                d.SetStr("strict", a[5] ?? PyBool.True);
                d.SetStr("object_pairs_hook", a[6] ?? PyNone.None);
                return PyNone.None;
            });
            t.DefMethod("decode", 1, new[] { "s", "_w" }, (self, a) =>
            {
                string text = Text(a[0]);
                var scanner = Scanner(self);
                var (value, end) = scanner.RawDecode(text, JsonScanner.SkipWhitespace(text, 0));
                end = JsonScanner.SkipWhitespace(text, end);
                if (end != text.Length) throw JsonScanner.Error("Extra data", text, end, text.Length);
                return value;
            });
            t.DefMethod("raw_decode", 1, new[] { "s", "idx" }, (self, a) =>
            {
                string text = Text(a[0]);
                var (value, end) = Scanner(self).RawDecode(text, a[1] == null ? 0 : (int)Ops.IndexToLong(a[1]));
                return PyTuple.Create(value, PyInt.From(end));
            });
        });

        private static string Text(PyObject s) => s switch
        {
            PyUnicode u => u.Value,
            PyStr b => JsonText.DecodeUtf8(b),
            _ => throw Ops.TypeError("expected string or buffer"),
        };

        private static PyObject Hook(PyObject self, string name)
        {
            PyObject h = Ops.GetAttrOrNull(self, name);
            return h == null || h is PyNone ? null : h;
        }

        private static JsonScanner Scanner(PyObject self) => new JsonScanner
        {
            ObjectHook = Hook(self, "object_hook"),
            ObjectPairsHook = Hook(self, "object_pairs_hook"),
            ParseFloat = Hook(self, "parse_float"),
            ParseInt = Hook(self, "parse_int"),
            ParseConstant = Hook(self, "parse_constant"),
            Strict = Ops.GetAttrOrNull(self, "strict") is not { } st || Ops.IsTrue(st),
        };
    }
}
