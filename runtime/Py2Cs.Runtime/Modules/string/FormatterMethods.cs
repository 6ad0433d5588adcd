using System.Collections.Generic;
using Py2Cs.Runtime.Formatting;

namespace Py2Cs.Runtime.Modules.@string
{
    /// <summary>
    /// string.Formatter's methods as string.py writes them: each step goes through attribute lookup on
    /// self, so a subclass can override parse, get_field, get_value, convert_field, format_field or
    /// check_unused_args.
    /// </summary>
    internal static class FormatterMethods
    {
        static PyObject Method(PyObject self, string name) => Ops.GetAttr(self, PyStr.Intern(name));

        public static PyObject Format(PyObject self, PyObject formatString, PyObject[] args, PyDict kwargs) =>
            Method(self, "vformat").Call(formatString, PyTuple.Create(args), kwargs ?? new PyDict());

        public static PyObject VFormat(PyObject self, PyObject formatString, PyObject args, PyObject kwargs)
        {
            var used = new PySet();
            PyObject result = VFormat(self, formatString, args, kwargs, used, 2);
            Method(self, "check_unused_args").Call(used, args, kwargs);
            return result;
        }

        static PyObject VFormat(PyObject self, PyObject formatString, PyObject args, PyObject kwargs, PySet used, int depth)
        {
            if (depth < 0) throw Ops.ValueError("Max string recursion exceeded");
            var result = new List<PyObject>();
            PyObject it = Ops.Iter(Method(self, "parse").Call(formatString));
            for (PyObject item = it.Next(); item != null; item = it.Next())
            {
                PyObject[] parts = Ops.UnpackSequence(item, 4);
                PyObject literal = parts[0], fieldName = parts[1], spec = parts[2], conversion = parts[3];
                if (Ops.IsTrue(literal)) result.Add(literal);
                if (fieldName is PyNone) continue;
                PyObject[] found = Ops.UnpackSequence(Method(self, "get_field").Call(fieldName, args, kwargs), 2);
                used.Add(found[1]);
                PyObject obj = Method(self, "convert_field").Call(found[0], conversion);
                spec = VFormat(self, spec, args, kwargs, used, depth - 1);
                result.Add(Method(self, "format_field").Call(obj, spec));
            }
            return Ops.GetAttr(PyStr.Empty, PyStr.Intern("join")).Call(PyList.FromArray(result.ToArray()));
        }

        public static PyObject GetValue(PyObject key, PyObject args, PyObject kwargs) =>
            key is PyInt || key is PyLong ? Ops.GetItem(args, key) : Ops.GetItem(kwargs, key);

        public static PyObject CheckUnusedArgs(PyObject usedArgs, PyObject args, PyObject kwargs) => PyNone.None;

        public static PyObject FormatField(PyObject value, PyObject spec) => BuiltinFormat.Format(value, spec);

        public static PyObject ConvertField(PyObject value, PyObject conversion)
        {
            if (conversion is PyNone) return value;
            string c = conversion is PyUnicode u ? u.Value : conversion.ToString();
            if (c == "s") return Ops.Str(value);
            if (c == "r") return Ops.Repr(value);
            throw Ops.ValueError("Unknown conversion specifier " + c);
        }

        public static PyObject Parse(PyObject formatString) => FormatterParser.Parse(formatString);

        public static PyObject GetField(PyObject self, PyObject fieldName, PyObject args, PyObject kwargs)
        {
            PyObject[] split = Ops.UnpackSequence(FormatterParser.FieldNameSplit(fieldName), 2);
            PyObject first = split[0];
            PyObject obj = Method(self, "get_value").Call(first, args, kwargs);
            PyObject it = Ops.Iter(split[1]);
            for (PyObject item = it.Next(); item != null; item = it.Next())
            {
                PyObject[] step = Ops.UnpackSequence(item, 2);
                if (Ops.IsTrue(step[0])) obj = Ops.GetAttr(obj, step[1] is PyStr ps ? ps : Ops.Str(step[1]));
                else obj = Ops.GetItem(obj, step[1]);
            }
            return PyTuple.Create(obj, first);
        }
    }
}
