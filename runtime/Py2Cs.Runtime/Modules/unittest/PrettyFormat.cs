using System.Collections.Generic;
using System.Text;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime.Modules.unittest
{
    /// <summary>
    /// pprint.pformat(obj) with its defaults (indent 1, width 80, no depth limit), which unittest uses
    /// to lay out sequences and dicts before diffing them: dict keys and set items sorted, one item
    /// per line once the repr no longer fits.
    /// </summary>
    internal static class PrettyFormat
    {
        private const int Width = 80;
        private const int IndentPerLevel = 1;

        public static string Format(PyObject obj)
        {
            var sb = new StringBuilder();
            Format(obj, sb, 0, 0, new HashSet<PyObject>(ReferenceEqualityComparer.Instance), 0);
            return sb.ToString();
        }

        /// <summary>True when the object's type is (a subclass of) the built-in and keeps its __repr__.</summary>
        private static bool UsesReprOf(PyObject obj, PyType builtin)
        {
            PyObject type = Ops.TypeOf(obj);
            if (!Ops.IsSubclass(type, builtin)) return false;
            foreach (var t in Items(Get(type, "__mro__")))
            {
                if (ReferenceEquals(t, builtin)) return true;
                if (Ops.In(S("__repr__"), Get(t, "__dict__"))) return false;
            }
            return false;
        }

        private static List<PyObject> Sorted(PyObject iterable) =>
            Items(Ops.Call(Ops.GetAttr(Importer.ImportModule("__builtin__"), PyStr.Intern("sorted")), iterable));

        private static string Recursion(PyObject obj) =>
            "<Recursion on " + Text(Get(Ops.TypeOf(obj), "__name__")) + " with id=" + Text(Ops.Str(Ops.Call(Ops.GetAttr(Importer.ImportModule("__builtin__"), PyStr.Intern("id")), obj))) + ">";

        /// <summary>pprint._safe_repr: repr, except that dicts list their keys sorted.</summary>
        public static string SafeRepr(PyObject obj, HashSet<PyObject> context)
        {
            if (UsesReprOf(obj, PyDict.TypeObject))
            {
                if (Ops.Len(obj) == 0) return "{}";
                if (context.Contains(obj)) return Recursion(obj);
                context.Add(obj);
                var parts = new List<string>();
                foreach (var item in Sorted(Call(obj, "items")))
                {
                    var kv = Ops.UnpackSequence(item, 2);
                    parts.Add(SafeRepr(kv[0], context) + ": " + SafeRepr(kv[1], context));
                }
                context.Remove(obj);
                return "{" + string.Join(", ", parts) + "}";
            }
            bool isList = UsesReprOf(obj, PyList.TypeObject);
            if (isList || UsesReprOf(obj, PyTuple.TypeObject))
            {
                long n = Ops.Len(obj);
                if (n == 0) return isList ? "[]" : "()";
                if (context.Contains(obj)) return Recursion(obj);
                context.Add(obj);
                var parts = new List<string>();
                foreach (var item in Items(obj)) parts.Add(SafeRepr(item, context));
                context.Remove(obj);
                string body = string.Join(", ", parts);
                return isList ? "[" + body + "]" : n == 1 ? "(" + body + ",)" : "(" + body + ")";
            }
            return Text(Ops.Repr(obj));
        }

        private static void Format(PyObject obj, StringBuilder stream, int indent, int allowance, HashSet<PyObject> context, int level)
        {
            level++;
            if (context.Contains(obj))
            {
                stream.Append(Recursion(obj));
                return;
            }
            string rep = SafeRepr(obj, context);
            bool sepLines = rep.Length > Width - 1 - indent - allowance;

            if (UsesReprOf(obj, PyDict.TypeObject))
            {
                stream.Append('{');
                long length = Ops.Len(obj);
                if (length > 0)
                {
                    context.Add(obj);
                    indent += IndentPerLevel;
                    var items = Sorted(Call(obj, "items"));
                    bool first = true;
                    foreach (var item in items)
                    {
                        var kv = Ops.UnpackSequence(item, 2);
                        string krep = SafeRepr(kv[0], context);
                        if (first) stream.Append(krep).Append(": ");
                        else if (sepLines) stream.Append(",\n").Append(' ', indent).Append(krep).Append(": ");
                        else stream.Append(", ").Append(krep).Append(": ");
                        first = false;
                        Format(kv[1], stream, indent + krep.Length + 2, allowance + 1, context, level);
                    }
                    indent -= IndentPerLevel;
                    context.Remove(obj);
                }
                stream.Append('}');
                return;
            }

            bool isList = UsesReprOf(obj, PyList.TypeObject), isTuple = UsesReprOf(obj, PyTuple.TypeObject);
            bool isSet = UsesReprOf(obj, PySet.TypeObject) || UsesReprOf(obj, PyFrozenSet.TypeObject);
            if (isList || isTuple || isSet)
            {
                long length = Ops.Len(obj);
                string endChar;
                List<PyObject> elements;
                if (isList) { stream.Append('['); endChar = "]"; elements = Items(obj); }
                else if (isTuple) { stream.Append('('); endChar = ")"; elements = Items(obj); }
                else
                {
                    if (length == 0) { stream.Append(rep); return; }
                    string typeName = Text(Get(Ops.TypeOf(obj), "__name__"));
                    stream.Append(typeName).Append("([");
                    endChar = "])";
                    indent += typeName.Length + 1;
                    elements = Sorted(obj);
                }
                if (length > 0)
                {
                    context.Add(obj);
                    indent += IndentPerLevel;
                    for (int i = 0; i < elements.Count; i++)
                    {
                        if (i > 0)
                        {
                            if (sepLines) stream.Append(",\n").Append(' ', indent);
                            else stream.Append(", ");
                        }
                        Format(elements[i], stream, indent, allowance + 1, context, level);
                    }
                    indent -= IndentPerLevel;
                    context.Remove(obj);
                }
                if (isTuple && length == 1) stream.Append(',');
                stream.Append(endChar);
                return;
            }
            stream.Append(rep);
        }
    }
}
