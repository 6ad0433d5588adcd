#pragma warning disable CS8981 // the module class is named as in Python
using System;
using Py2Cs.Runtime.Modules.collections;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// The <c>collections</c> module of Python 2.7: deque and defaultdict (native types), OrderedDict,
    /// Counter and namedtuple (Python-level classes as collections.py makes them), and the ABCs of _abcoll.
    /// </summary>
    [PythonModule("collections")]
    public static class collections
    {
        public static readonly PyObject deque = DequeObject.TypeObject;
        public static readonly PyObject defaultdict = DefaultDictObject.TypeObject;
        public static readonly PyObject OrderedDict = OrderedDictClass.TypeObject;
        public static readonly PyObject Counter = CounterClass.TypeObject;

        public static readonly PyObject Hashable = Abc.Hashable;
        public static readonly PyObject Iterable = Abc.Iterable;
        public static readonly PyObject Iterator = Abc.Iterator;
        public static readonly PyObject Sized = Abc.Sized;
        public static readonly PyObject Container = Abc.Container;
        public static readonly PyObject Callable = Abc.Callable;
        public static readonly PyObject Set = Abc.Set;
        public static readonly PyObject MutableSet = Abc.MutableSet;
        public static readonly PyObject Mapping = Abc.Mapping;
        public static readonly PyObject MutableMapping = Abc.MutableMapping;
        public static readonly PyObject MappingView = Abc.MappingView;
        public static readonly PyObject KeysView = Abc.KeysView;
        public static readonly PyObject ItemsView = Abc.ItemsView;
        public static readonly PyObject ValuesView = Abc.ValuesView;
        public static readonly PyObject Sequence = Abc.Sequence;
        public static readonly PyObject MutableSequence = Abc.MutableSequence;

        public static readonly PyObject __all__ = PyList.Create(Array.ConvertAll(new[]
        {
            "Counter", "deque", "defaultdict", "namedtuple", "OrderedDict", "Hashable", "Iterable", "Iterator", "Sized",
            "Container", "Callable", "Set", "MutableSet", "Mapping", "MutableMapping", "MappingView", "KeysView",
            "ItemsView", "ValuesView", "Sequence", "MutableSequence",
        }, n => (PyObject)PyStr.FromString(n)));

        public static PyObject namedtuple(PyObject typename, PyObject field_names, PyObject verbose = null, PyObject rename = null) =>
            NamedTupleFactory.Create(typename, field_names, verbose != null && Ops.IsTrue(verbose), rename != null && Ops.IsTrue(rename));

        public static void __init__(PyModule module) => Abc.EnsureRegistered();
    }

    /// <summary>The <c>_abcoll</c> module: the ABCs collections re-exports.</summary>
    [PythonModule("_abcoll")]
    public static class _abcoll
    {
        public static readonly PyObject Hashable = Abc.Hashable;
        public static readonly PyObject Iterable = Abc.Iterable;
        public static readonly PyObject Iterator = Abc.Iterator;
        public static readonly PyObject Sized = Abc.Sized;
        public static readonly PyObject Container = Abc.Container;
        public static readonly PyObject Callable = Abc.Callable;
        public static readonly PyObject Set = Abc.Set;
        public static readonly PyObject MutableSet = Abc.MutableSet;
        public static readonly PyObject Mapping = Abc.Mapping;
        public static readonly PyObject MutableMapping = Abc.MutableMapping;
        public static readonly PyObject MappingView = Abc.MappingView;
        public static readonly PyObject KeysView = Abc.KeysView;
        public static readonly PyObject ItemsView = Abc.ItemsView;
        public static readonly PyObject ValuesView = Abc.ValuesView;
        public static readonly PyObject Sequence = Abc.Sequence;
        public static readonly PyObject MutableSequence = Abc.MutableSequence;

        public static void __init__(PyModule module) => Abc.EnsureRegistered();
    }
}
