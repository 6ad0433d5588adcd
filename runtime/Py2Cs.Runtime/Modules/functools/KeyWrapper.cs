namespace Py2Cs.Runtime.Modules.functools
{
    /// <summary>The key objects made by functools.cmp_to_key(mycmp): comparisons call mycmp(a.obj, b.obj)
    /// and compare the result with 0; unhashable, as in functools.py.</summary>
    public sealed class KeyWrapper : PyObject
    {
        public static readonly PyType TypeObject = PyType.Builtin("K", () => PyType.ObjectType, t =>
        {
            t.Define("__module__", PyStr.FromString("functools"));
            t.DefProperty("obj", s => ((KeyWrapper)s)._obj, (s, v) => ((KeyWrapper)s)._obj = v);
            foreach (var (name, op) in new[] { ("__lt__", CompareOperator.Less), ("__gt__", CompareOperator.Greater), ("__eq__", CompareOperator.Equal),
                                               ("__le__", CompareOperator.LessEqual), ("__ge__", CompareOperator.GreaterEqual), ("__ne__", CompareOperator.NotEqual) })
                t.DefMethod(name, (s, other) => ((KeyWrapper)s).RichCompare(other, op) ?? throw Ops.AttributeError($"'{other.TypeName}' object has no attribute 'obj'"));
        });

        static readonly PyStr ObjName = PyStr.Intern("obj");
        readonly PyObject _cmp;
        PyObject _obj;

        public KeyWrapper(PyObject cmp, PyObject obj) { _cmp = cmp; _obj = obj; }

        public override PyType Type => TypeObject;
        public override long Hash() => throw Ops.TypeError("hash not implemented");

        public override PyObject RichCompare(PyObject other, CompareOperator op)
        {
            var otherObj = other is KeyWrapper k ? k._obj : Ops.GetAttr(other, ObjName);
            return Ops.RichCompare(Ops.Call(_cmp, _obj, otherObj), PyInt.Zero, op);
        }

        /// <summary>cmp_to_key(mycmp): a callable building key objects.</summary>
        public static PyObject Factory(PyObject cmp) =>
            NativeFunction.Create("K", 1, new[] { "obj" }, a => new KeyWrapper(cmp, a[0]));
    }
}
