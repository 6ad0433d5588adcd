using System;
using System.Collections.Generic;
using System.Text;

namespace Py2Cs.Runtime.Modules.json
{
    /// <summary>
    /// The encoding walk of json.encoder (_make_iterencode, and c_make_encoder's wording on its fast
    /// path: no indent, no sort_keys): Python 2.7's exact text, including ", " before newlines when
    /// indenting and float repr.
    /// </summary>
    internal sealed class JsonWriter
    {
        private readonly PyObject encoder;
        private readonly bool skipKeys, ensureAscii, checkCircular, allowNan, sortKeys;
        private readonly int? indent;
        private readonly string itemSeparator, keySeparator;
        private readonly bool fastPath;
        private readonly StringBuilder sb = new StringBuilder();
        // Containers being written, by identity (Ops.Id would give every container a weak-table entry).
        private readonly HashSet<PyObject> markers = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        private bool anyUnicode;

        public JsonWriter(PyObject encoder)
        {
            this.encoder = encoder;
            skipKeys = Flag("skipkeys");
            ensureAscii = Flag("ensure_ascii");
            checkCircular = Flag("check_circular");
            allowNan = Flag("allow_nan");
            sortKeys = Flag("sort_keys");
            PyObject ind = Ops.GetAttr(encoder, "indent");
            indent = ind is PyNone ? null : (int)Ops.IndexToLong(ind);
            itemSeparator = Text(Ops.GetAttr(encoder, "item_separator"));
            keySeparator = Text(Ops.GetAttr(encoder, "key_separator"));
            fastPath = indent == null && !sortKeys;
        }

        private bool Flag(string name) => Ops.IsTrue(Ops.GetAttr(encoder, name));

        private string Text(PyObject o)
        {
            if (o is PyUnicode) anyUnicode = true;
            return o is PyUnicode u ? u.Value : Ops.StrValue(o);
        }

        /// <summary>JSONEncoder.encode: the whole document as str (or unicode when a piece was unicode).</summary>
        public PyObject Encode(PyObject o)
        {
            Write(o, 0);
            return anyUnicode ? PyUnicode.FromString(sb.ToString()) : PyStr.FromString(sb.ToString());
        }

        private string FloatText(double d)
        {
            if (double.IsNaN(d) || double.IsInfinity(d))
            {
                if (!allowNan)
                    throw Ops.ValueError(fastPath ? "Out of range float values are not JSON compliant"
                        : "Out of range float values are not JSON compliant: " + Ops.Repr(new PyFloat(d)));
                return double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
            }
            return Ops.Repr(new PyFloat(d)).ToString();
        }

        private void WriteString(PyObject s)
        {
            if (ensureAscii)
            {
                if (s is PyStr bytes && JsonText.AppendAsciiBytes(sb, bytes.Bytes)) return;
                string text = s is PyUnicode u ? u.Value : JsonText.DecodeUtf8((PyStr)s);
                JsonText.AppendAscii(sb, text);
            }
            else
            {
                if (s is PyUnicode u) { anyUnicode = true; JsonText.AppendRaw(sb, u.Value); }
                else JsonText.AppendRaw(sb, ((PyStr)s).ToString());
            }
        }

        private void Write(PyObject o, int level)
        {
            switch (o)
            {
                case PyStr or PyUnicode: WriteString(o); return;
                case PyNone: sb.Append("null"); return;
                case PyBool b: sb.Append(ReferenceEquals(b, PyBool.True) ? "true" : "false"); return;
                case PyInt i when i.GetType() == typeof(PyInt): sb.Append(i.Value); return; // str() of an exact int
                case PyInt or PyLong: sb.Append(Ops.Str(o).ToString()); return;
                case PyFloat f: sb.Append(FloatText(f.Value)); return;
                case PyList or PyTuple: WriteList(o, level); return;
                case PyDict d: WriteDict(d, level); return;
            }
            PyObject id = Enter(o);
            PyObject replacement = Ops.CallMethod(encoder, "default", o);
            Write(replacement, level);
            Leave(id);
        }

        private PyObject Enter(PyObject o)
        {
            if (!checkCircular) return null;
            if (!markers.Add(o)) throw Ops.ValueError("Circular reference detected");
            return o;
        }

        private void Leave(PyObject o)
        {
            if (o != null) markers.Remove(o);
        }

        private void NewLine(int level)
        {
            sb.Append('\n');
            sb.Append(' ', indent.Value * level);
        }

        private void WriteList(PyObject list, int level)
        {
            int count = Ops.Len(list);
            if (count == 0) { sb.Append("[]"); return; }
            PyObject id = Enter(list);
            sb.Append('[');
            if (indent != null) { level++; NewLine(level); }
            bool first = true;
            foreach (PyObject item in Ops.Enumerate(list))
            {
                if (!first)
                {
                    sb.Append(itemSeparator);
                    if (indent != null) NewLine(level);
                }
                first = false;
                Write(item, level);
            }
            if (indent != null) { level--; NewLine(level); }
            sb.Append(']');
            Leave(id);
        }

        private void WriteDict(PyDict dict, int level)
        {
            if (dict.Count == 0) { sb.Append("{}"); return; }
            PyObject id = Enter(dict);
            sb.Append('{');
            if (indent != null) { level++; NewLine(level); }
            var items = new List<KeyValuePair<PyObject, PyObject>>(dict.Items());
            if (sortKeys)
            {
                var keys = new PyObject[items.Count];
                for (int i = 0; i < keys.Length; i++) keys[i] = items[i].Key;
                // sorted(dct.items(), key=lambda kv: kv[0]): a stable sort on Python's comparison
                items = new List<KeyValuePair<PyObject, PyObject>>(StableSort(items));
            }
            bool first = true;
            foreach (var (key, value) in items)
            {
                PyObject k = key;
                if (k is PyStr || k is PyUnicode) { }
                else if (k is PyFloat f) k = PyStr.FromString(FloatText(f.Value));
                else if (ReferenceEquals(k, PyBool.True)) k = PyStr.FromString("true");
                else if (ReferenceEquals(k, PyBool.False)) k = PyStr.FromString("false");
                else if (k is PyNone) k = PyStr.FromString("null");
                else if (k is PyInt || k is PyLong) k = Ops.Str(k);
                else if (skipKeys) continue;
                else throw Ops.TypeError(fastPath ? "keys must be a string" : "key " + Ops.Repr(k) + " is not a string");
                if (!first)
                {
                    sb.Append(itemSeparator);
                    if (indent != null) NewLine(level);
                }
                first = false;
                WriteString(k);
                sb.Append(keySeparator);
                Write(value, level);
            }
            if (indent != null) { level--; NewLine(level); }
            sb.Append('}');
            Leave(id);
        }

        private static IEnumerable<KeyValuePair<PyObject, PyObject>> StableSort(List<KeyValuePair<PyObject, PyObject>> items)
        {
            var indexed = new List<(KeyValuePair<PyObject, PyObject> Item, int Index)>();
            for (int i = 0; i < items.Count; i++) indexed.Add((items[i], i));
            indexed.Sort((a, b) =>
            {
                if (a.Item.Key is PyStr sa && b.Item.Key is PyStr kb && sa.GetType() == typeof(PyStr) && kb.GetType() == typeof(PyStr))
                {
                    int byBytes = sa.CompareTo(kb); // str < str is a byte comparison
                    return byBytes != 0 ? byBytes : a.Index.CompareTo(b.Index);
                }
                if (Ops.Less(a.Item.Key, b.Item.Key)) return -1;
                if (Ops.Less(b.Item.Key, a.Item.Key)) return 1;
                return a.Index.CompareTo(b.Index);
            });
            foreach (var x in indexed) yield return x.Item;
        }
    }
}
