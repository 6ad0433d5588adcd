#pragma warning disable CS8981 // the module class is named as in Python
using Py2Cs.Runtime.Modules.textwrap;

namespace Py2Cs.Runtime
{
    /// <summary>The <c>textwrap</c> module of Python 2.7: TextWrapper, wrap, fill, dedent.</summary>
    [PythonModule("textwrap")]
    public static class textwrap
    {
        public static readonly PyObject TextWrapper = TextWrapperClass.TypeObject;
        public static readonly PyObject __all__ = PyList.Create(PyStr.FromString("TextWrapper"), PyStr.FromString("wrap"), PyStr.FromString("fill"), PyStr.FromString("dedent"));
        public static readonly PyObject _whitespace = PyStr.FromString("\t\n\x0b\x0c\r ");
        public static readonly PyObject _whitespace_only_re = TextWrapperClass.WhitespaceOnlyRe;
        public static readonly PyObject _leading_whitespace_re = TextWrapperClass.LeadingWhitespaceRe;
        public static readonly PyObject _unicode = PyUnicode.TypeObject;

        static PyObject Make(PyObject width, PyDict kwargs)
        {
            var names = new PyStr[kwargs.Len() + 1];
            var values = new PyObject[kwargs.Len() + 1];
            names[0] = PyStr.Intern("width");
            values[0] = width ?? PyInt.From(70);
            int pos = 0, i = 1;
            while (kwargs.Next(ref pos, out var k, out var v)) { names[i] = (PyStr)k; values[i++] = v; }
            return Ops.Call(TextWrapper, values, names);
        }

        public static PyObject wrap(PyObject text, PyObject width = null, [Kwargs] PyDict kwargs = null) =>
            Ops.CallMethod(Make(width, kwargs ?? new PyDict()), "wrap", text);

        public static PyObject fill(PyObject text, PyObject width = null, [Kwargs] PyDict kwargs = null) =>
            Ops.CallMethod(Make(width, kwargs ?? new PyDict()), "fill", text);

        public static PyObject dedent(PyObject text) => TextWrapperClass.Dedent(text);
    }
}
