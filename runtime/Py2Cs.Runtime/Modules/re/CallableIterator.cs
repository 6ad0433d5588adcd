using System.Collections.Generic;

namespace Py2Cs.Runtime.Modules.re
{
    /// <summary>The iterator finditer returns (CPython's "callable-iterator" over a scanner).</summary>
    public sealed class CallableIterator : PyObject
    {
        public static readonly PyType TypeObject = PyType.Builtin("callable-iterator", () => PyType.ObjectType, t =>
        {
            t.DefMethod("next", s => Ops.NextOrRaise(s));
            t.DefMethod("__iter__", s => s);
        });

        private readonly IEnumerator<PyObject> items;
        private bool done;

        public CallableIterator(IEnumerable<PyObject> items) => this.items = items.GetEnumerator();

        public override PyType Type => TypeObject;
        public override PyObject Iter() => this;

        public override PyObject Next()
        {
            if (done) return null;
            if (items.MoveNext()) return items.Current;
            done = true;
            return null;
        }
    }
}
