using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Py2Cs.Lowering
{
    /// <summary>Turns Python names into C# identifiers: Python's names are kept (keywords get '@').
    /// Names the lowering invents all start with "__" and contain "ǀ"-free ASCII; they can't collide with
    /// user names because user names are never rewritten to start with a generated prefix.</summary>
    internal static class IdentifierNames
    {
        /// <summary>Type and namespace names generated code refers to unqualified; a Python name equal to
        /// one of them gets a trailing '_' (with its Python name kept in [PythonName] or the name table).</summary>
        private static readonly System.Collections.Generic.HashSet<string> Reserved = new System.Collections.Generic.HashSet<string>
        {
            "System", "Py2Cs", "Func", "Action", "Task", "Exception", "Ops", "Importer", "ProgramRunner",
            "PyObject", "PyStr", "PyUnicode", "PyInt", "PyLong", "PyFloat", "PyComplex", "PyBool", "PyNone",
            "PyEllipsis", "PyTuple", "PyList", "PyDict", "PySet", "PySlice", "PyType", "PyFunction",
            "FunctionSignature", "PyGenerator", "PythonException", "PyExceptionTypes", "PythonName",
            "PythonNameAttribute", "PythonFunction", "PythonFunctionAttribute", "Builtins", "PyModule", "NameAccess", "RecursionGuard", "Safepoint", "Displays", "WithStatement", "BinaryOperator", "CompareOperator",
        };

        public static bool IsReserved(string name) => Reserved.Contains(name);

        /// <summary>A Python identifier as a C# identifier token text ("class" becomes "@class").</summary>
        public static string Escape(string pythonName)
        {
            if (Reserved.Contains(pythonName))
                return pythonName + "_";
            if (SyntaxFacts.GetKeywordKind(pythonName) != SyntaxKind.None
                || SyntaxFacts.GetContextualKeywordKind(pythonName) == SyntaxKind.VarKeyword)
                return "@" + pythonName;
            return pythonName;
        }

        /// <summary>Anything (module path, lambda marker) as a valid identifier fragment.</summary>
        public static string Sanitize(string text)
        {
            var sb = new StringBuilder(text.Length);
            foreach (char c in text)
                sb.Append(char.IsLetterOrDigit(c) && c < 128 || c == '_' ? c : '_');
            if (sb.Length == 0 || char.IsDigit(sb[0])) sb.Insert(0, '_');
            return sb.ToString();
        }

        /// <summary>The static class generated for a module: "pkg.mod" becomes "pkg_mod_py", so a module
        /// defining a function named like itself still compiles (C# forbids members named as their type).</summary>
        public static string ModuleClass(string moduleName) => Sanitize(moduleName.Replace('.', '_')) + "_py";
    }
}
