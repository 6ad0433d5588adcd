using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime.Modules.abc
{
    /// <summary>
    /// abc.abstractproperty: makes a property and remembers it as abstract. (abc.py subclasses property
    /// with __isabstractmethod__ = True; the runtime's property type does not take Python subclasses,
    /// so the mark is kept here and ABCMeta asks <see cref="IsAbstract"/>.)
    /// </summary>
    internal static class AbstractProperty
    {
        static readonly ConditionalWeakTable<PyObject, object> Abstract = new();

        public static readonly PyObject Function = NativeFunction.CreateRaw("abstractproperty", (args, kw) =>
        {
            var p = Ops.Call(PyProperty.TypeObject, args, kw);
            Abstract.AddOrUpdate(p, null);
            return p;
        });

        public static bool IsAbstract(PyObject o) => Abstract.TryGetValue(o, out _);
    }
}
