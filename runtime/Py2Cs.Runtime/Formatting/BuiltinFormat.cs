namespace Py2Cs.Runtime.Formatting
{
    /// <summary>
    /// The <c>format(value, spec)</c> builtin (CPython's PyObject_Format) and the <c>__format__</c>
    /// of the built-in types.
    /// </summary>
    public static class BuiltinFormat
    {
        /// <summary>
        /// format(value, spec): exact built-in values go straight to the mini-language; anything else
        /// calls <c>type(value).__format__</c>, so subclasses and user classes can override it.
        /// </summary>
        public static PyObject Format(PyObject value, PyObject spec = null)
        {
            spec ??= PyStr.Empty;
            bool unicodeSpec = CheckSpec(spec);
            PyObject result;
            System.Type t = value.GetType();
            if (t == typeof(PyInt) || t == typeof(PyLong) || t == typeof(PyFloat) || t == typeof(PyStr) ||
                t == typeof(PyUnicode) || t == typeof(PyBool))
            {
                result = FormatBuiltin(value, spec);
            }
            else
            {
                PyObject method = Ops.GetAttr(value, PyStr.Intern("__format__"));
                result = method.Call(spec);
                if (result is not PyStr && result is not PyUnicode)
                    throw FormattingErrors.Type($"{value.TypeName}.__format__ must return string or unicode, not {result.TypeName}");
            }
            if (unicodeSpec && result is PyStr s) result = PyUnicode.FromStr(s);
            return result;
        }

        static bool CheckSpec(PyObject spec)
        {
            if (spec is PyUnicode) return true;
            if (spec is PyStr) return false;
            throw FormattingErrors.Type("format expects arg 2 to be string or unicode, not " + spec.TypeName);
        }

        /// <summary>
        /// The <c>__format__</c> of int, long, bool, float, str and unicode (and their subclasses, which
        /// inherit it), and object's default for every other value: str(self) formatted as text.
        /// </summary>
        public static PyObject FormatBuiltin(PyObject value, PyObject spec)
        {
            bool unicode = CheckSpec(spec);
            string specText = unicode ? ((PyUnicode)spec).Value : spec.ToString();
            switch (value)
            {
                case PyBool b:
                    // bool inherits int.__format__: an empty spec is str(), anything else formats the number.
                    if (specText.Length == 0) return Text(value, unicode);
                    return Bytes(StandardFormat.FormatInteger(b.Value, specText, "bool", unicode), unicode);
                case PyInt i:
                    if (specText.Length == 0) return Text(value, unicode);
                    return Bytes(StandardFormat.FormatInteger(i.Value, specText, value.TypeName, unicode), unicode);
                case PyLong l:
                    if (specText.Length == 0) return Text(value, unicode);
                    return Bytes(StandardFormat.FormatInteger(l.Value, specText, value.TypeName, unicode), unicode);
                case PyFloat f:
                    if (specText.Length == 0) return Text(value, unicode);
                    return Wrap(StandardFormat.FormatFloat(f.Value, specText, value.TypeName), unicode);
                case PyStr s:
                    if (unicode) return PyUnicode.FromString(StandardFormat.FormatText(PyUnicode.FromStr(s).Value, specText, "unicode"));
                    return PyStr.FromString(StandardFormat.FormatText(s.ToString(), specText, value.TypeName));
                case PyUnicode u:
                    return PyUnicode.FromString(StandardFormat.FormatText(u.Value, specText, value.TypeName));
            }
            // object.__format__: str(self) (unicode(self) for a unicode spec), then formatted as text.
            if (unicode) return PyUnicode.FromString(StandardFormat.FormatText(Ops.ToUnicode(value).Value, specText, "unicode"));
            return PyStr.FromString(StandardFormat.FormatText(Ops.Str(value).ToString(), specText, "str"));
        }

        static PyObject Text(PyObject value, bool unicode) => unicode ? Ops.ToUnicode(value) : Ops.Str(value);

        /// <summary>Integer results are str in CPython 2.7, decoded as ASCII for a unicode spec ('c' can make a non-ASCII byte).</summary>
        static PyObject Bytes(string text, bool unicode) => unicode ? PyUnicode.FromStr(PyStr.FromString(text)) : PyStr.FromString(text);

        static PyObject Wrap(string text, bool unicode) => unicode ? PyUnicode.FromString(text) : PyStr.FromString(text);
    }
}
