#pragma warning disable CS8981 // the module class is named as in Python
using Py2Cs.Runtime.Modules.shlex;

namespace Py2Cs.Runtime
{
    /// <summary>The <c>shlex</c> module of Python 2.7: the shlex lexer class and split().</summary>
    [PythonModule("shlex")]
    public static class shlex
    {
        [PythonName("shlex")] public static readonly PyObject shlex_ = ShlexClass.TypeObject;
        public static readonly PyObject __all__ = PyList.Create(PyStr.FromString("shlex"), PyStr.FromString("split"));

        /// <summary>split(s, comments=False, posix=True): the whitespace-split tokens of s.</summary>
        public static PyObject split(PyObject s, PyObject comments = null, PyObject posix = null)
        {
            var lex = Ops.Call(ShlexClass.TypeObject, new[] { s, posix ?? PyBool.True }, new[] { PyStr.Intern("posix") });
            Ops.SetAttr(lex, "whitespace_split", PyBool.True);
            if (comments == null || !Ops.IsTrue(comments)) Ops.SetAttr(lex, "commenters", PyStr.FromString(""));
            return PyList.FromIterable(lex);
        }
    }
}
