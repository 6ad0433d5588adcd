using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime.Modules.collections
{
    /// <summary>
    /// collections.namedtuple: validates the names with collections.py's rules and messages, then
    /// builds the class its template describes (tuple subclass, __slots__ = (), _fields, __new__ with one
    /// parameter per field, _make, _replace, _asdict returning an OrderedDict, properties per field).
    /// verbose=True prints the template's class source, as 2.7 does.
    /// </summary>
    internal static class NamedTupleFactory
    {
        static readonly HashSet<string> Keywords = new()
        {
            "and", "as", "assert", "break", "class", "continue", "def", "del", "elif", "else", "except", "exec",
            "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "not", "or", "pass", "print",
            "raise", "return", "try", "while", "with", "yield",
        };

        static bool IsIdentifierText(string s) => s.All(c => c < 128 && (char.IsLetterOrDigit(c) || c == '_'));

        static string Str(PyObject o) => Ops.StrValue(o is PyStr ? o : Ops.Str(o));

        public static PyObject Create(PyObject typenameObj, PyObject fieldNamesObj, bool verbose, bool rename)
        {
            List<string> fields;
            if (fieldNamesObj is PyStr || fieldNamesObj is PyUnicode)
            {
                var text = Str(fieldNamesObj).Replace(',', ' ');
                fields = text.Split(new[] { ' ', '\t', '\n', '\r', '\f', '\v' }, StringSplitOptions.RemoveEmptyEntries).ToList();
            }
            else fields = Ops.ToList(fieldNamesObj).Select(Str).ToList();
            string typename = Str(typenameObj);
            if (rename)
            {
                var seen = new HashSet<string>();
                for (int i = 0; i < fields.Count; i++)
                {
                    string name = fields[i];
                    if (!IsIdentifierText(name) || Keywords.Contains(name) || name.Length == 0 || char.IsDigit(name[0])
                        || name.StartsWith("_") || seen.Contains(name))
                        fields[i] = "_" + i;
                    seen.Add(name);
                }
            }
            foreach (var name in new[] { typename }.Concat(fields))
            {
                string r = Ops.Repr(PyStr.FromString(name)).ToString();
                if (!IsIdentifierText(name))
                    throw Ops.ValueError($"Type names and field names can only contain alphanumeric characters and underscores: {r}");
                if (Keywords.Contains(name)) throw Ops.ValueError($"Type names and field names cannot be a keyword: {r}");
                if (name.Length > 0 && char.IsDigit(name[0])) throw Ops.ValueError($"Type names and field names cannot start with a number: {r}");
                if (name.Length == 0) throw Ops.IndexError("string index out of range");
            }
            var seenNames = new HashSet<string>();
            foreach (var name in fields)
            {
                string r = Ops.Repr(PyStr.FromString(name)).ToString();
                if (name.StartsWith("_") && !rename) throw Ops.ValueError($"Field names cannot start with an underscore: {r}");
                if (!seenNames.Add(name)) throw Ops.ValueError($"Encountered duplicate field name: {r}");
            }
            if (verbose) Builtins.Print(null, PyStr.FromString(ClassSource(typename, fields)));
            return Build(typename, fields.ToArray());
        }

        static string ArgList(IList<string> fields) => fields.Count == 1 ? fields[0] + "," : string.Join(", ", fields);

        static string FieldsRepr(IList<string> fields) =>
            Ops.Repr(PyTuple.Create(fields.Select(f => (PyObject)PyStr.FromString(f)).ToArray())).ToString();

        static string ClassSource(string typename, IList<string> fields)
        {
            string argList = ArgList(fields), fieldsRepr = FieldsRepr(fields);
            string reprFmt = string.Join(", ", fields.Select(f => f + "=%r"));
            var sb = new StringBuilder();
            sb.Append($"class {typename}(tuple):\n    '{typename}({argList})'\n\n    __slots__ = ()\n\n    _fields = {fieldsRepr}\n\n");
            sb.Append($"    def __new__(_cls, {argList}):\n        'Create new instance of {typename}({argList})'\n        return _tuple.__new__(_cls, ({argList}))\n\n");
            sb.Append($"    @classmethod\n    def _make(cls, iterable, new=tuple.__new__, len=len):\n        'Make a new {typename} object from a sequence or iterable'\n        result = new(cls, iterable)\n        if len(result) != {fields.Count}:\n            raise TypeError('Expected {fields.Count} arguments, got %d' % len(result))\n        return result\n\n");
            sb.Append($"    def __repr__(self):\n        'Return a nicely formatted representation string'\n        return '{typename}({reprFmt})' % self\n\n");
            sb.Append("    def _asdict(self):\n        'Return a new OrderedDict which maps field names to their values'\n        return OrderedDict(zip(self._fields, self))\n\n");
            sb.Append($"    def _replace(_self, **kwds):\n        'Return a new {typename} object replacing specified fields with new values'\n        result = _self._make(map(kwds.pop, {fieldsRepr}, _self))\n        if kwds:\n            raise ValueError('Got unexpected field names: %r' % kwds.keys())\n        return result\n\n");
            sb.Append("    def __getnewargs__(self):\n        'Return self as a plain tuple.  Used by copy and pickle.'\n        return tuple(self)\n\n");
            sb.Append("    __dict__ = _property(_asdict)\n\n");
            sb.Append("    def __getstate__(self):\n        'Exclude the OrderedDict from pickling'\n        pass\n\n");
            sb.Append(string.Join("\n", fields.Select((f, i) => $"    {f} = _property(_itemgetter({i}), doc='Alias for field number {i}')\n"))).Append('\n');
            return sb.ToString();
        }

        static PyObject TupleNew => Ops.GetAttr(PyTuple.TypeObject, "__new__");

        static PyFunction WithDoc(PyFunction f, string doc) { f.Doc = PyStr.FromString(doc); return f; }

        static PyObject Build(string typename, string[] fields)
        {
            int n = fields.Length;
            string argList = ArgList(fields);
            var fieldsTuple = PyTuple.Create(fields.Select(f => (PyObject)PyStr.FromString(f)).ToArray());
            // __module__ is the calling module, as collections.py sets it from sys._getframe(1).
            var b = new PythonClassBuilder(CallerModule.Name(), typename, PyTuple.TypeObject);
            b.Attribute("__doc__", PyStr.FromString($"{typename}({argList})"));
            b.Attribute("__slots__", PyTuple.Empty);
            b.Attribute("_fields", fieldsTuple);
            b.Attribute("__new__", WithDoc(PyFunction.WithBoundArguments(new FunctionSignature("__new__", new[] { "_cls" }.Concat(fields).ToArray()),
                a => a[0] is PyType cls && cls.IsSubtypeOf(PyTuple.TypeObject)
                    ? PyTuple.TypeObject.Constructor(cls, new PyObject[] { PyTuple.Create(a.AsSpan(1, n).ToArray()) }, null) // tuple.__new__ without the look-up
                    : Ops.Call(TupleNew, a[0], PyTuple.Create(a.AsSpan(1, n).ToArray()))), $"Create new instance of {typename}({argList})"));
            var make = WithDoc(PyFunction.WithBoundArguments(new FunctionSignature("_make", new[] { "cls", "iterable", "new", "len" }), a =>
            {
                var result = Ops.Call(a[2], a[0], a[1]);
                long len = Ops.IndexToLongArg(Ops.Call(a[3], result));
                if (len != n) throw Ops.TypeError($"Expected {n} arguments, got {len}");
                return result;
            }, new[] { TupleNew, Builtins.Module.Dict.GetStr("len") }), $"Make a new {typename} object from a sequence or iterable");
            b.Attribute("_make", new PyClassMethod(make));
            b.Attribute("__repr__", WithDoc(PyFunction.WithBoundArguments(new FunctionSignature("__repr__", new[] { "self" }), a =>
            {
                var values = Ops.UnpackSequence(a[0], n);
                var sb = new StringBuilder(typename).Append('(');
                for (int i = 0; i < n; i++)
                {
                    if (i > 0) sb.Append(", ");
                    sb.Append(fields[i]).Append('=').Append(Ops.Repr(values[i]).ToString());
                }
                return PyStr.FromString(sb.Append(')').ToString());
            }), "Return a nicely formatted representation string"));
            var asdict = WithDoc(PyFunction.WithBoundArguments(new FunctionSignature("_asdict", new[] { "self" }), a =>
                Ops.Call(OrderedDictClass.TypeObject, Ops.Call(Builtins.Module.Dict.GetStr("zip"), Ops.GetAttr(a[0], "_fields"), a[0]))),
                "Return a new OrderedDict which maps field names to their values");
            b.Attribute("_asdict", asdict);
            b.Attribute("_replace", WithDoc(PyFunction.WithBoundArguments(new FunctionSignature("_replace", new[] { "_self" }, null, "kwds"), a =>
            {
                var kwds = (PyDict)a[1];
                var values = Ops.UnpackSequence(a[0], n);
                var replaced = new PyObject[n];
                for (int i = 0; i < n; i++)
                {
                    var key = PyStr.FromString(fields[i]);
                    var v = kwds.Get(key);
                    if (v != null) { kwds.Remove(key); replaced[i] = v; } else replaced[i] = values[i];
                }
                var result = Ops.CallMethod(a[0], "_make", PyList.FromArray(replaced));
                if (kwds.Len() > 0) throw Ops.ValueError($"Got unexpected field names: {Ops.Repr(kwds.Keys())}");
                return result;
            }), $"Return a new {typename} object replacing specified fields with new values"));
            b.Attribute("__getnewargs__", WithDoc(PyFunction.WithBoundArguments(new FunctionSignature("__getnewargs__", new[] { "self" }),
                a => Ops.Call(PyTuple.TypeObject, a[0])), "Return self as a plain tuple.  Used by copy and pickle."));
            b.Attribute("__dict__", new PyProperty(asdict, null, null, PyNone.None));
            b.Attribute("__getstate__", WithDoc(PyFunction.WithBoundArguments(new FunctionSignature("__getstate__", new[] { "self" }),
                a => PyNone.None), "Exclude the OrderedDict from pickling"));
            for (int i = 0; i < n; i++)
                b.Attribute(fields[i], new PyProperty(Ops.Call(@operator.ItemGetter.TypeObject, PyInt.From(i)), null, null,
                    PyStr.FromString($"Alias for field number {i}")));
            return b.Build();
        }
    }
}
