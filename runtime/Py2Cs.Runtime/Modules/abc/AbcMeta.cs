using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime.Modules.abc
{
    /// <summary>
    /// abc.ABCMeta: a metaclass (a Python class deriving from type) computing __abstractmethods__,
    /// keeping a registry of virtual subclasses (register), and answering isinstance/issubclass through
    /// __subclasshook__, the MRO, the registry and the ABC's subclasses, as abc.py does. Instantiating a
    /// class with abstract methods raises CPython's TypeError. (abc.py's caches are left out: they only
    /// save time, and storing them would invalidate the type attribute caches on every check.)
    /// </summary>
    internal static class AbcMeta
    {
        static readonly ConditionalWeakTable<PyType, List<WeakReference<PyType>>> Subclasses = new();
        static readonly PyStr AbstractMethods = PyStr.Intern("__abstractmethods__");
        static readonly PyStr IsAbstract = PyStr.Intern("__isabstractmethod__");
        static readonly PyStr Registry = PyStr.Intern("_abc_registry");
        static readonly PyStr SubclassHook = PyStr.Intern("__subclasshook__");

        public static readonly PyType TypeObject = Build();

        static bool IsAbstractValue(PyObject value) =>
            value != null && Ops.GetAttrOrNull(value, IsAbstract) is { } flag && Ops.IsTrue(flag);

        static PyType Build()
        {
            var b = new PythonClassBuilder("abc", "ABCMeta", PyType.TypeType);
            b.Attribute("__doc__", PyStr.FromString("Metaclass for defining Abstract Base Classes (ABCs).\n\n    Use this metaclass to create an ABC.  An ABC can be subclassed directly, and\n    then acts as a mix-in class.  You can also register unrelated concrete\n    classes (even built-in classes) and unrelated ABCs as 'virtual subclasses' --\n    these and their descendants will be considered subclasses of the registering\n    ABC by the built-in issubclass() function, but the registering ABC won't show\n    up in their MRO (Method Resolution Order) nor will method\n    implementations defined by the registering ABC be callable (not\n    even via super()).\n\n    "));
            b.Attribute("_abc_invalidation_counter", PyInt.Zero);
            b.Method("__new__", new[] { "mcls", "name", "bases", "namespace" }, a => New((PyType)a[0], a[1], a[2], a[3]));
            b.Method("register", new[] { "cls", "subclass" }, a => { Register(a[0], a[1]); return PyNone.None; });
            b.Method("__instancecheck__", new[] { "cls", "instance" }, a => PyBool.From(InstanceCheck(a[0], a[1])));
            b.Method("__subclasscheck__", new[] { "cls", "subclass" }, a => PyBool.From(SubclassCheck(a[0], a[1])));
            b.Method("_dump_registry", new[] { "cls", "file" }, a =>
            {
                var cls = (PyType)a[0];
                Builtins.Print(a[1], PyStr.FromString($"Class: {cls.ModuleName}.{cls.Name}"));
                Builtins.Print(a[1], PyStr.FromString($"Inv.counter: 0"));
                Builtins.Print(a[1], PyStr.FromString($"_abc_registry: {Ops.Repr(cls.Dict.GetStr(Registry) ?? new PySet())}"));
                return PyNone.None;
            }, defaults: new PyObject[] { PyNone.None });
            b.Method("__call__", new[] { "cls" }, a =>
            {
                var cls = (PyType)a[0];
                if (cls.Lookup(AbstractMethods) is PySetBase abstracts && abstracts.Count > 0)
                {
                    var names = Ops.ToList(abstracts).Select(Ops.StrValue).OrderBy(s => s, StringComparer.Ordinal);
                    throw Ops.TypeError($"Can't instantiate abstract class {cls.Name} with abstract methods {string.Join(", ", names)}");
                }
                var args = (PyTuple)a[1];
                var kw = (PyDict)a[2];
                var all = new List<PyObject>(args.AsSpan().ToArray());
                var names2 = new List<PyStr>();
                int pos = 0;
                while (kw.Next(ref pos, out var k, out var v)) { all.Add(v); names2.Add((PyStr)k); }
                return cls.CallDefault(all.ToArray(), names2.Count > 0 ? names2.ToArray() : null);
            }, varArgs: "args", kwArgs: "kwargs");
            return b.Build();
        }

        static PyObject New(PyType mcls, PyObject name, PyObject bases, PyObject ns)
        {
            var cls = (PyType)PyType.TypeNew(mcls, new[] { name, bases, ns }, null);
            var abstracts = new PyFrozenSetBuilder();
            int pos = 0;
            var nsDict = (PyDict)ns;
            while (nsDict.Next(ref pos, out var key, out var value))
                if (IsAbstractValue(value)) abstracts.Add(key);
            foreach (var b in Ops.ToList(bases))
            {
                if (b is PyType bt && Ops.GetAttrOrNull(bt, AbstractMethods) is { } inherited)
                    foreach (var n in Ops.ToList(inherited))
                        if (IsAbstractValue(Ops.GetAttrOrNull(cls, (PyStr)n))) abstracts.Add(n);
                if (b is PyType parent)
                    Subclasses.GetOrCreateValue(parent).Add(new WeakReference<PyType>(cls));
            }
            cls.Dict.SetStr(AbstractMethods, abstracts.Build());
            cls.Dict.SetStr(Registry, new PySet());
            return cls;
        }

        /// <summary>The set under construction (frozenset has no public add).</summary>
        sealed class PyFrozenSetBuilder
        {
            readonly PySet _set = new();
            public void Add(PyObject o) => _set.Add(o);
            public PyObject Build() => PyFrozenSet.FromIterable(_set);
        }

        public static void Register(PyObject clsObj, PyObject subclass)
        {
            if (subclass is not PyType) throw Ops.TypeError("Can only register classes");
            if (Ops.IsSubclass(subclass, clsObj)) return;
            if (Ops.IsSubclass(clsObj, subclass)) throw Ops.RuntimeError("Refusing to create an inheritance cycle");
            var cls = (PyType)clsObj;
            if (cls.Dict.GetStr(Registry) is not PySet registry)
            {
                registry = new PySet();
                cls.Dict.SetStr(Registry, registry);
            }
            registry.Add(subclass);
        }

        static bool InstanceCheck(PyObject cls, PyObject instance)
        {
            var subclass = Ops.GetAttrOrNull(instance, "__class__");
            PyObject subtype = Ops.TypeOf(instance);
            if (ReferenceEquals(subtype, PyType.ClassicInstanceType)) subtype = subclass;
            if (ReferenceEquals(subtype, subclass) || subclass == null) return SubclassCheckCall(cls, subtype);
            return SubclassCheckCall(cls, subclass) || SubclassCheckCall(cls, subtype);
        }

        static bool SubclassCheckCall(PyObject cls, PyObject sub) => Ops.IsTrue(Ops.CallMethod(cls, "__subclasscheck__", sub));

        static bool SubclassCheck(PyObject clsObj, PyObject subclass)
        {
            var cls = (PyType)clsObj;
            var ok = Ops.CallMethod(cls, SubclassHook, subclass);
            if (!ReferenceEquals(ok, PyNotImplemented.Value)) return Ops.IsTrue(ok);
            if (subclass is PyType st)
            {
                if (st.IsClassic ? IsClassicSubclass(st, cls) : st.Mro.Contains(cls)) return true;
            }
            if (cls.Dict.GetStr(Registry) is PySet registry)
                foreach (var r in Ops.ToList(registry))
                    if (Ops.IsSubclass(subclass, r)) return true;
            if (Subclasses.TryGetValue(cls, out var subs))
                foreach (var w in subs.ToArray())
                    if (w.TryGetTarget(out var s) && Ops.IsSubclass(subclass, s)) return true;
            return false;
        }

        static bool IsClassicSubclass(PyType c, PyType target)
        {
            if (ReferenceEquals(c, target)) return true;
            foreach (var b in c.Bases) if (IsClassicSubclass(b, target)) return true;
            return false;
        }
    }
}
