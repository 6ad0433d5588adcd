using System;

namespace Py2Cs.Runtime.Modules.getopt
{
    /// <summary>
    /// Builds a class the way a Python class statement does (PyType.MakeClass over a namespace dict
    /// of PyFunctions), so the command-line modules' classes are ordinary Python classes: subclassable,
    /// and every method call — including the module's own calls — goes through attribute lookup.
    /// </summary>
    internal sealed class PythonClassBuilder
    {
        private readonly string name;
        private readonly PyObject[] bases;
        private readonly PyDict namespaceDict = new PyDict();

        public PythonClassBuilder(string module, string name, params PyObject[] bases)
        {
            this.name = name;
            this.bases = bases;
            namespaceDict.SetStr("__module__", PyStr.FromString(module));
        }

        public PythonClassBuilder Attribute(string attributeName, PyObject value)
        {
            namespaceDict.SetStr(attributeName, value);
            return this;
        }

        /// <summary>A method: the body receives the bound arguments (self first, then the parameters,
        /// then *args as a tuple and **kwargs as a dict when declared).</summary>
        public PythonClassBuilder Method(string methodName, string[] parameters, Func<PyObject[], PyObject> body,
            PyObject[] defaults = null, string varArgs = null, string kwArgs = null)
        {
            var signature = new FunctionSignature(methodName, parameters, varArgs, kwArgs);
            namespaceDict.SetStr(methodName, PyFunction.WithBoundArguments(signature, body, defaults));
            return this;
        }

        public PyType Build() => (PyType)PyType.MakeClass(name, PyTuple.Create(bases), namespaceDict);
    }
}
