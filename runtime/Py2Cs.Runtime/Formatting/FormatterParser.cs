using System.Collections.Generic;

namespace Py2Cs.Runtime.Formatting
{
    /// <summary>
    /// The str/unicode helpers string.Formatter is built on: <c>_formatter_parser()</c> (the
    /// (literal, field_name, format_spec, conversion) tuples of a template) and
    /// <c>_formatter_field_name_split()</c> (first part and (is_attr, key) accessors).
    /// </summary>
    public static class FormatterParser
    {
        static PyObject Text(string s, bool unicode) => unicode ? PyUnicode.FromString(s) : PyStr.FromString(s);

        public static PyObject Parse(PyObject template)
        {
            bool unicode = template is PyUnicode;
            string text = unicode ? ((PyUnicode)template).Value : template is PyStr ? template.ToString()
                : throw Ops.TypeError("expected str or unicode, not " + template.TypeName);
            var items = new List<PyObject>();
            var markup = new MarkupIterator(text);
            while (markup.Next(out MarkupIterator.Field f))
            {
                if (!f.HasField)
                {
                    items.Add(PyTuple.Create(Text(f.Literal, unicode), PyNone.None, PyNone.None, PyNone.None));
                    continue;
                }
                PyObject conversion = f.Conversion == '\0' ? PyNone.None : Text(f.Conversion.ToString(), unicode);
                items.Add(PyTuple.Create(Text(f.Literal, unicode), Text(f.FieldName, unicode), Text(f.FormatSpec, unicode), conversion));
            }
            return PyList.FromArray(items.ToArray());
        }

        public static PyObject FieldNameSplit(PyObject fieldName)
        {
            bool unicode = fieldName is PyUnicode;
            string text = unicode ? ((PyUnicode)fieldName).Value : fieldName.ToString();
            FieldName parsed = FieldName.Parse(text);
            PyObject first = parsed.FirstIndex >= 0 ? new PyLong(parsed.FirstIndex) : Text(parsed.First, unicode);
            var rest = new List<PyObject>();
            foreach (FieldName.Accessor a in parsed.Accessors())
            {
                PyObject key = !a.IsAttribute && a.Index >= 0 ? new PyLong(a.Index) : Text(a.Name, unicode);
                rest.Add(PyTuple.Create(PyBool.From(a.IsAttribute), key));
            }
            return PyTuple.Create(first, PyList.FromArray(rest.ToArray()));
        }
    }
}
