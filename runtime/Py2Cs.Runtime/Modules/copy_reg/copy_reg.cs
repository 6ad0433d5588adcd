#pragma warning disable CS8981 // the module class is named as in Python
using System;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// The <c>copy_reg</c> module of Python 2.7: the reduction registry used by copy and pickle
    /// (dispatch_table, pickle(), constructor()), the protocol-0/1 helpers (_reconstructor, _reduce_ex),
    /// protocol 2's __newobj__, _slotnames, and the extension registry.
    /// </summary>
    [PythonModule("copy_reg")]
    public static class copy_reg
    {
        public static readonly PyObject dispatch_table = BuildDispatchTable();

        /// <summary>copy_reg.py registers complex at import: complex(c.real, c.imag).</summary>
        static PyObject BuildDispatchTable()
        {
            var table = new PyDict();
            table.SetItem(Ops.TypeOf(new PyComplex(0, 0)), NativeFunction.Create("pickle_complex", c =>
                PyTuple.Create(Ops.TypeOf(new PyComplex(0, 0)), PyTuple.Create(Ops.GetAttr(c, "real"), Ops.GetAttr(c, "imag")))));
            return table;
        }
        public static readonly PyObject _extension_registry = new PyDict();
        public static readonly PyObject _inverted_registry = new PyDict();
        public static readonly PyObject _extension_cache = new PyDict();
        public static readonly PyObject _HEAPTYPE = PyInt.From(1 << 9);
        public static readonly PyObject __all__ = PyList.Create(Array.ConvertAll(new[]
            { "pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache" }, n => (PyObject)PyStr.FromString(n)));

        public static void pickle(PyObject ob_type, PyObject pickle_function, PyObject constructor_ob = null)
        {
            if (ob_type is PyType { IsClassic: true }) throw Ops.TypeError("copy_reg is not intended for use with classes");
            if (!Ops.IsCallable(pickle_function)) throw Ops.TypeError("reduction functions must be callable");
            ((PyDict)dispatch_table).SetItem(ob_type, pickle_function);
            if (constructor_ob != null && constructor_ob is not PyNone) constructor(constructor_ob);
        }

        public static void constructor(PyObject @object)
        {
            if (!Ops.IsCallable(@object)) throw Ops.TypeError("constructors must be callable");
        }

        /// <summary>Protocol 0/1 reconstruction: base.__new__(cls, state) and base.__init__ (object.__new__ for object).</summary>
        public static PyObject _reconstructor(PyObject cls, PyObject @base, PyObject state)
        {
            PyObject obj;
            if (ReferenceEquals(@base, PyType.ObjectType)) obj = Ops.CallMethod(PyType.ObjectType, "__new__", cls);
            else
            {
                obj = Ops.CallMethod(@base, "__new__", cls, state);
                var init = Ops.GetAttr(@base, "__init__");
                if (!ReferenceEquals(init, Ops.GetAttr(PyType.ObjectType, "__init__"))) Ops.Call(init, obj, state);
            }
            return obj;
        }

        public static PyObject _reduce_ex(PyObject self, PyObject proto)
        {
            var cls = (PyType)Ops.GetAttr(self, "__class__");
            PyType @base = PyType.ObjectType;
            foreach (var b in cls.Mro) if (b.IsBuiltin) { @base = b; break; }
            PyObject state;
            if (ReferenceEquals(@base, PyType.ObjectType)) state = PyNone.None;
            else
            {
                if (ReferenceEquals(@base, cls)) throw Ops.TypeError($"can't pickle {@base.Name} objects");
                state = Ops.Call(@base, self);
            }
            var args = PyTuple.Create(cls, @base, state);
            PyObject dict;
            if (Ops.GetAttrOrNull(self, "__getstate__") is { } getstate) dict = Ops.Call(getstate);
            else
            {
                if (Ops.GetAttrOrNull(self, "__slots__") is { } slots && Ops.IsTrue(slots))
                    throw Ops.TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled");
                dict = Ops.GetAttrOrNull(self, "__dict__") ?? PyNone.None;
            }
            var reconstructor = Ops.GetAttr(Importer.ImportModule("copy_reg"), "_reconstructor");
            return Ops.IsTrue(dict) ? PyTuple.Create(reconstructor, args, dict) : PyTuple.Create(reconstructor, args);
        }

        /// <summary>Protocol 2's constructor: cls.__new__(cls, *args).</summary>
        public static PyObject __newobj__(PyObject cls, params PyObject[] args)
        {
            var all = new PyObject[args.Length + 1];
            all[0] = cls;
            Array.Copy(args, 0, all, 1, args.Length);
            return Ops.Call(Ops.GetAttr(cls, "__new__"), all);
        }

        /// <summary>The slot names along the class's MRO (cached in cls.__slotnames__ as copy_reg does).</summary>
        public static PyObject _slotnames(PyObject cls)
        {
            if (cls is PyType t && t.Dict.GetStr("__slotnames__") is { } cached) return cached;
            var names = new PyList();
            if (cls is PyType type && type.Slots != null)
                foreach (var n in type.Slots) names.Append(PyStr.FromString(n));
            try { Ops.SetAttr(cls, "__slotnames__", names); } catch (PythonException) { }
            return names;
        }

        public static void add_extension(PyObject module, PyObject name, PyObject code)
        {
            long c = Ops.IndexToLongArg(code);
            if (!(1 <= c && c <= 0x7fffffff)) throw Ops.ValueError("code out of range");
            var key = PyTuple.Create(module, name);
            var reg = (PyDict)_extension_registry;
            var inv = (PyDict)_inverted_registry;
            var codeObj = PyInt.From(c);
            if (reg.Get(key) is { } existing && Ops.Eq(existing, codeObj) && inv.Get(codeObj) is { } k2 && Ops.Eq(k2, key)) return;
            if (reg.Get(key) is { } other) throw Ops.ValueError($"key {Ops.Repr(key)} is already registered with code {Ops.Str(other)}");
            if (inv.Get(codeObj) is { } otherKey) throw Ops.ValueError($"code {c} is already in use for key {Ops.Repr(otherKey)}");
            reg.SetItem(key, codeObj);
            inv.SetItem(codeObj, key);
        }

        public static void remove_extension(PyObject module, PyObject name, PyObject code)
        {
            var key = PyTuple.Create(module, name);
            var reg = (PyDict)_extension_registry;
            var inv = (PyDict)_inverted_registry;
            if (reg.Get(key) is not { } c || !Ops.Eq(c, code) || inv.Get(code) is not { } k || !Ops.Eq(k, key))
                throw Ops.ValueError($"key {Ops.Repr(key)} is not registered with code {Ops.Str(code)}");
            reg.Remove(key);
            inv.Remove(code);
            ((PyDict)_extension_cache).Remove(code);
        }

        public static void clear_extension_cache() => ((PyDict)_extension_cache).Clear();
    }
}
