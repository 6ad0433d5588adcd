using System;
using Py2Cs.Runtime.Modules.abc;
using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime.Modules.collections
{
    /// <summary>
    /// The abstract base classes of _abcoll (exported by collections): one-trick ABCs recognised by
    /// __subclasshook__ (Hashable, Iterable, Iterator, Sized, Container, Callable), and the container
    /// ABCs with their mixin methods (Set, MutableSet, Mapping, MutableMapping, Sequence,
    /// MutableSequence, the mapping views), with 2.7's registrations of the built-in types. They are
    /// Python classes with metaclass abc.ABCMeta, so programs subclass and register as usual.
    /// </summary>
    internal static class Abc
    {
        static PyObject Self(PyObject[] a) => a[0];

        static PythonClassBuilder Class(string name, params PyObject[] bases)
        {
            var b = new PythonClassBuilder("_abcoll", name, bases.Length == 0 ? new PyObject[] { PyType.ObjectType } : bases);
            b.Attribute("__metaclass__", AbcMeta.TypeObject);
            return b;
        }

        static PyFunction Abstract(string name, string[] parameters, Func<PyObject[], PyObject> body)
        {
            var f = PyFunction.WithBoundArguments(new FunctionSignature(name, parameters), body);
            f.SetAttribute(PyStr.Intern("__isabstractmethod__"), PyBool.True);
            return f;
        }

        static PyFunction Fn(string name, string[] parameters, Func<PyObject[], PyObject> body, PyObject[] defaults = null, string varArgs = null, string kwArgs = null) =>
            PyFunction.WithBoundArguments(new FunctionSignature(name, parameters, varArgs, kwArgs), body, defaults);

        /// <summary>A one-trick ABC: abstract method `method`; __subclasshook__ true when any class in
        /// the MRO defines every name in `required` (only for the ABC itself, not its subclasses).</summary>
        static PyType OneTrick(string name, string method, PyObject abstractResult, Func<PyType, PyObject> hook, params PyObject[] bases)
        {
            PyType self = null;
            var b = Class(name, bases);
            b.Attribute(method, Abstract(method, new[] { "self" }, a => abstractResult ?? PyNone.None));
            b.Attribute("__subclasshook__", new PyClassMethod(Fn("__subclasshook__", new[] { "cls", "C" }, a =>
                ReferenceEquals(a[0], self) && a[1] is PyType c ? hook(c) : PyNotImplemented.Value)));
            self = b.Build();
            return self;
        }

        static bool InMroDict(PyType c, string name, out PyObject value)
        {
            foreach (var t in c.IsClassic ? ClassicMro(c) : c.Mro)
                if (t.Dict.GetStr(name) is { } v) { value = v; return true; }
            value = null;
            return false;
        }

        static System.Collections.Generic.IEnumerable<PyType> ClassicMro(PyType c)
        {
            yield return c;
            foreach (var b in c.Bases) foreach (var x in ClassicMro(b)) yield return x;
        }

        static PyObject HookAll(PyType c, params string[] names)
        {
            foreach (var n in names) if (!InMroDict(c, n, out _)) return PyNotImplemented.Value;
            return PyBool.True;
        }

        public static readonly PyType Hashable = OneTrick("Hashable", "__hash__", PyInt.Zero, c =>
        {
            foreach (var t in c.Mro)
                if (t.Dict.GetStr("__hash__") is { } h) return Ops.IsTrue(h) ? PyBool.True : PyNotImplemented.Value;
            return PyNotImplemented.Value;
        });
        public static readonly PyType Iterable = OneTrick("Iterable", "__iter__", null, c => InMroDict(c, "__iter__", out _) ? PyBool.True : PyNotImplemented.Value);
        public static readonly PyType Iterator = BuildIterator();
        public static readonly PyType Sized = OneTrick("Sized", "__len__", PyInt.Zero, c => HookAll(c, "__len__"));
        public static readonly PyType Container = OneTrick("Container", "__contains__", PyBool.False, c => HookAll(c, "__contains__"));
        public static readonly PyType Callable = OneTrick("Callable", "__call__", PyBool.False, c => HookAll(c, "__call__"));

        static PyType BuildIterator()
        {
            PyType self = null;
            var b = Class("Iterator", Iterable);
            b.Attribute("next", Abstract("next", new[] { "self" }, a => throw Ops.StopIteration()));
            b.Attribute("__iter__", Fn("__iter__", new[] { "self" }, Self));
            b.Attribute("__subclasshook__", new PyClassMethod(Fn("__subclasshook__", new[] { "cls", "C" }, a =>
                ReferenceEquals(a[0], self) && a[1] is PyType c && Ops.GetAttrOrNull(c, "next") != null && Ops.GetAttrOrNull(c, "__iter__") != null
                    ? PyBool.True : PyNotImplemented.Value)));
            self = b.Build();
            return self;
        }

        // ---- Set and MutableSet ------------------------------------------------------------------

        static PyObject FromIterable(PyObject self, PyObject it) => Ops.CallMethod(self, "_from_iterable", it);

        static bool IsSet(PyObject o) => Ops.IsInstance(o, Set);

        static PyObject Filter(PyObject source, Func<PyObject, bool> keep)
        {
            var r = new PyList();
            var it = Ops.Iter(source);
            for (var x = it.Next(); x != null; x = it.Next()) if (keep(x)) r.Append(x);
            return r;
        }

        static bool SubsetOf(PyObject a, PyObject b)
        {
            if (Ops.Len(a) > Ops.Len(b)) return false;
            var it = Ops.Iter(a);
            for (var x = it.Next(); x != null; x = it.Next()) if (!Ops.In(x, b)) return false;
            return true;
        }

        public static readonly PyType Set = BuildSet();

        static PyType BuildSet()
        {
            var b = Class("Set", Sized, Iterable, Container);
            b.Attribute("__doc__", PyStr.FromString("A set is a finite, iterable container.\n\n    This class provides concrete generic implementations of all\n    methods except for __contains__, __iter__ and __len__.\n\n    To override the comparisons (presumably for speed, as the\n    semantics are fixed), redefine __le__ and __ge__,\n    then the other operations will automatically follow suit.\n    "));
            b.Attribute("__le__", Fn("__le__", new[] { "self", "other" }, a => IsSet(a[1]) ? PyBool.From(SubsetOf(a[0], a[1])) : PyNotImplemented.Value));
            b.Attribute("__lt__", Fn("__lt__", new[] { "self", "other" }, a => IsSet(a[1]) ? PyBool.From(Ops.Len(a[0]) < Ops.Len(a[1]) && Ops.LessEqual(a[0], a[1])) : PyNotImplemented.Value));
            b.Attribute("__gt__", Fn("__gt__", new[] { "self", "other" }, a => IsSet(a[1]) ? PyBool.From(Ops.Len(a[0]) > Ops.Len(a[1]) && Ops.GreaterEqual(a[0], a[1])) : PyNotImplemented.Value));
            b.Attribute("__ge__", Fn("__ge__", new[] { "self", "other" }, a => IsSet(a[1]) ? PyBool.From(SubsetOf(a[1], a[0])) : PyNotImplemented.Value));
            b.Attribute("__eq__", Fn("__eq__", new[] { "self", "other" }, a => IsSet(a[1]) ? PyBool.From(Ops.Len(a[0]) == Ops.Len(a[1]) && Ops.LessEqual(a[0], a[1])) : PyNotImplemented.Value));
            b.Attribute("__ne__", Fn("__ne__", new[] { "self", "other" }, a => PyBool.From(!Ops.Eq(a[0], a[1]))));
            b.Attribute("_from_iterable", new PyClassMethod(Fn("_from_iterable", new[] { "cls", "it" }, a => Ops.Call(a[0], a[1]))));
            PyObject And(PyObject self, PyObject other) =>
                !Ops.IsInstance(other, Iterable) ? PyNotImplemented.Value : FromIterable(self, Filter(other, x => Ops.In(x, self)));
            b.Attribute("__and__", Fn("__and__", new[] { "self", "other" }, a => And(a[0], a[1])));
            b.Attribute("__rand__", Fn("__and__", new[] { "self", "other" }, a => And(a[0], a[1])));
            b.Attribute("isdisjoint", Fn("isdisjoint", new[] { "self", "other" }, a =>
            {
                var it = Ops.Iter(a[1]);
                for (var x = it.Next(); x != null; x = it.Next()) if (Ops.In(x, a[0])) return PyBool.False;
                return PyBool.True;
            }));
            PyObject Or(PyObject self, PyObject other)
            {
                if (!Ops.IsInstance(other, Iterable)) return PyNotImplemented.Value;
                var all = PyList.FromIterable(self);
                var it = Ops.Iter(other);
                for (var x = it.Next(); x != null; x = it.Next()) all.Append(x);
                return FromIterable(self, all);
            }
            b.Attribute("__or__", Fn("__or__", new[] { "self", "other" }, a => Or(a[0], a[1])));
            b.Attribute("__ror__", Fn("__or__", new[] { "self", "other" }, a => Or(a[0], a[1])));
            PyObject Sub(PyObject self, PyObject other)
            {
                if (!IsSet(other))
                {
                    if (!Ops.IsInstance(other, Iterable)) return PyNotImplemented.Value;
                    other = FromIterable(self, other);
                }
                var o = other;
                return FromIterable(self, Filter(self, x => !Ops.In(x, o)));
            }
            b.Attribute("__sub__", Fn("__sub__", new[] { "self", "other" }, a => Sub(a[0], a[1])));
            b.Attribute("__rsub__", Fn("__rsub__", new[] { "self", "other" }, a =>
            {
                var other = a[1];
                if (!IsSet(other))
                {
                    if (!Ops.IsInstance(other, Iterable)) return PyNotImplemented.Value;
                    other = FromIterable(a[0], other);
                }
                return FromIterable(a[0], Filter(other, x => !Ops.In(x, a[0])));
            }));
            PyObject Xor(PyObject self, PyObject other)
            {
                if (!IsSet(other))
                {
                    if (!Ops.IsInstance(other, Iterable)) return PyNotImplemented.Value;
                    other = FromIterable(self, other);
                }
                return Ops.BitOr(Ops.Subtract(self, other), Ops.Subtract(other, self));
            }
            b.Attribute("__xor__", Fn("__xor__", new[] { "self", "other" }, a => Xor(a[0], a[1])));
            b.Attribute("__rxor__", Fn("__xor__", new[] { "self", "other" }, a => Xor(a[0], a[1])));
            b.Attribute("__hash__", PyNone.None);
            b.Attribute("_hash", Fn("_hash", new[] { "self" }, a =>
            {
                // _abcoll's algorithm on a 64-bit build
                const long MASK = unchecked((long)0xFFFFFFFFFFFFFFFF);
                long n = Ops.Len(a[0]);
                ulong h = 1927868237UL * (ulong)(n + 1);
                var it = Ops.Iter(a[0]);
                for (var x = it.Next(); x != null; x = it.Next())
                {
                    ulong hx = (ulong)Ops.Hash(x);
                    h ^= (hx ^ (hx << 16) ^ 89869747UL) * 3644798167UL;
                }
                h = h * 69069UL + 907133923UL;
                long r = unchecked((long)h);
                _ = MASK;
                if (r == -1) r = 590923713;
                return PyInt.From(r);
            }));
            return b.Build();
        }

        public static readonly PyType MutableSet = BuildMutableSet();

        static PyType BuildMutableSet()
        {
            var b = Class("MutableSet", Set);
            b.Attribute("add", Abstract("add", new[] { "self", "value" }, a => throw Ops.NotImplementedError("")));
            b.Attribute("discard", Abstract("discard", new[] { "self", "value" }, a => throw Ops.NotImplementedError("")));
            b.Attribute("remove", Fn("remove", new[] { "self", "value" }, a =>
            {
                if (!Ops.In(a[1], a[0])) throw Ops.KeyError(a[1]);
                Ops.CallMethod(a[0], "discard", a[1]);
                return PyNone.None;
            }));
            b.Attribute("pop", Fn("pop", new[] { "self" }, a =>
            {
                var it = Ops.Iter(a[0]);
                var value = it.Next() ?? throw Ops.Error(PyExceptionTypes.KeyError);
                Ops.CallMethod(a[0], "discard", value);
                return value;
            }));
            b.Attribute("clear", Fn("clear", new[] { "self" }, a =>
            {
                while (true)
                {
                    try { Ops.CallMethod(a[0], "pop"); }
                    catch (PythonException e) when (e.Is(PyExceptionTypes.KeyError)) { return PyNone.None; }
                }
            }));
            b.Attribute("__ior__", Fn("__ior__", new[] { "self", "it" }, a =>
            {
                var it = Ops.Iter(a[1]);
                for (var x = it.Next(); x != null; x = it.Next()) Ops.CallMethod(a[0], "add", x);
                return a[0];
            }));
            b.Attribute("__iand__", Fn("__iand__", new[] { "self", "it" }, a =>
            {
                foreach (var x in Ops.ToList(Ops.Subtract(a[0], a[1]))) Ops.CallMethod(a[0], "discard", x);
                return a[0];
            }));
            b.Attribute("__ixor__", Fn("__ixor__", new[] { "self", "it" }, a =>
            {
                if (ReferenceEquals(a[1], a[0])) Ops.CallMethod(a[0], "clear");
                else
                {
                    var other = IsSet(a[1]) ? a[1] : FromIterable(a[0], a[1]);
                    var it = Ops.Iter(other);
                    for (var x = it.Next(); x != null; x = it.Next())
                        Ops.CallMethod(a[0], Ops.In(x, a[0]) ? "discard" : "add", x);
                }
                return a[0];
            }));
            b.Attribute("__isub__", Fn("__isub__", new[] { "self", "it" }, a =>
            {
                if (ReferenceEquals(a[1], a[0])) Ops.CallMethod(a[0], "clear");
                else
                {
                    var it = Ops.Iter(a[1]);
                    for (var x = it.Next(); x != null; x = it.Next()) Ops.CallMethod(a[0], "discard", x);
                }
                return a[0];
            }));
            return b.Build();
        }

        // ---- Mapping and MutableMapping ----------------------------------------------------------

        public static readonly PyType Mapping = BuildMapping();

        static PyType BuildMapping()
        {
            var b = Class("Mapping", Sized, Iterable, Container);
            b.Attribute("__getitem__", Abstract("__getitem__", new[] { "self", "key" }, a => throw Ops.KeyError(a[1])));
            b.Attribute("get", Fn("get", new[] { "self", "key", "default" }, a =>
            {
                try { return Ops.GetItem(a[0], a[1]); }
                catch (PythonException e) when (e.Is(PyExceptionTypes.KeyError)) { return a[2]; }
            }, new PyObject[] { PyNone.None }));
            b.Attribute("__contains__", Fn("__contains__", new[] { "self", "key" }, a =>
            {
                try { Ops.GetItem(a[0], a[1]); }
                catch (PythonException e) when (e.Is(PyExceptionTypes.KeyError)) { return PyBool.False; }
                return PyBool.True;
            }));
            b.Attribute("iterkeys", Fn("iterkeys", new[] { "self" }, a => Ops.Iter(a[0])));
            b.Attribute("itervalues", Fn("itervalues", new[] { "self" }, a => Ops.Iter(Collect(a[0], k => Ops.GetItem(a[0], k)))));
            b.Attribute("iteritems", Fn("iteritems", new[] { "self" }, a => Ops.Iter(Collect(a[0], k => PyTuple.Create(k, Ops.GetItem(a[0], k))))));
            b.Attribute("keys", Fn("keys", new[] { "self" }, a => PyList.FromIterable(a[0])));
            b.Attribute("items", Fn("items", new[] { "self" }, a => Collect(a[0], k => PyTuple.Create(k, Ops.GetItem(a[0], k)))));
            b.Attribute("values", Fn("values", new[] { "self" }, a => Collect(a[0], k => Ops.GetItem(a[0], k))));
            b.Attribute("__hash__", PyNone.None);
            b.Attribute("__eq__", Fn("__eq__", new[] { "self", "other" }, a =>
            {
                if (!Ops.IsInstance(a[1], MappingType)) return PyNotImplemented.Value;
                var mine = Ops.Call(PyDict.TypeObject, Ops.CallMethod(a[0], "items"));
                var theirs = Ops.Call(PyDict.TypeObject, Ops.CallMethod(a[1], "items"));
                return PyBool.From(Ops.Eq(mine, theirs));
            }));
            b.Attribute("__ne__", Fn("__ne__", new[] { "self", "other" }, a => PyBool.From(!Ops.Eq(a[0], a[1]))));
            return b.Build();
        }

        static PyType MappingType => Mapping;

        static PyList Collect(PyObject self, Func<PyObject, PyObject> f)
        {
            var r = new PyList();
            var it = Ops.Iter(self);
            for (var k = it.Next(); k != null; k = it.Next()) r.Append(f(k));
            return r;
        }

        static readonly PyObject MutableMappingMarker = new PyInstance(PyType.ObjectType);

        public static readonly PyType MutableMapping = BuildMutableMapping();

        static PyType BuildMutableMapping()
        {
            var b = Class("MutableMapping", Mapping);
            b.Attribute("__setitem__", Abstract("__setitem__", new[] { "self", "key", "value" }, a => throw Ops.KeyError(a[1])));
            b.Attribute("__delitem__", Abstract("__delitem__", new[] { "self", "key" }, a => throw Ops.KeyError(a[1])));
            b.Attribute("_MutableMapping__marker", MutableMappingMarker);
            b.Attribute("pop", Fn("pop", new[] { "self", "key", "default" }, a =>
            {
                PyObject value;
                try { value = Ops.GetItem(a[0], a[1]); }
                catch (PythonException e) when (e.Is(PyExceptionTypes.KeyError))
                {
                    if (ReferenceEquals(a[2], MutableMappingMarker)) throw;
                    return a[2];
                }
                Ops.DelItem(a[0], a[1]);
                return value;
            }, new[] { MutableMappingMarker }));
            b.Attribute("popitem", Fn("popitem", new[] { "self" }, a =>
            {
                var key = Ops.Iter(a[0]).Next() ?? throw Ops.Error(PyExceptionTypes.KeyError);
                var value = Ops.GetItem(a[0], key);
                Ops.DelItem(a[0], key);
                return PyTuple.Create(key, value);
            }));
            b.Attribute("clear", Fn("clear", new[] { "self" }, a =>
            {
                while (true)
                {
                    try { Ops.CallMethod(a[0], "popitem"); }
                    catch (PythonException e) when (e.Is(PyExceptionTypes.KeyError)) { return PyNone.None; }
                }
            }));
            b.Attribute("update", OrderedDictClass.MutableMappingUpdate("update"));
            b.Attribute("setdefault", Fn("setdefault", new[] { "self", "key", "default" }, a =>
            {
                try { return Ops.GetItem(a[0], a[1]); }
                catch (PythonException e) when (e.Is(PyExceptionTypes.KeyError)) { Ops.SetItem(a[0], a[1], a[2]); return a[2]; }
            }, new PyObject[] { PyNone.None }));
            return b.Build();
        }

        /// <summary>isinstance(o, Mapping), the test MutableMapping.update and Counter make.</summary>
        public static bool IsMapping(PyObject o) => o is PyDict || Ops.IsInstance(o, Mapping);

        // ---- Sequence and MutableSequence --------------------------------------------------------

        public static readonly PyType Sequence = BuildSequence();

        static PyType BuildSequence()
        {
            var b = Class("Sequence", Sized, Iterable, Container);
            b.Attribute("__doc__", PyStr.FromString("All the operations on a read-only sequence.\n\n    Concrete subclasses must override __new__ or __init__,\n    __getitem__, and __len__.\n    "));
            b.Attribute("__getitem__", Abstract("__getitem__", new[] { "self", "index" }, a => throw Ops.IndexError("")));
            b.Attribute("__iter__", Fn("__iter__", new[] { "self" }, a =>
            {
                var self = a[0];
                return new PyGenerator("__iter__", async g =>
                {
                    for (long i = 0; ; i++)
                    {
                        PyObject v;
                        try { v = Ops.GetItem(self, PyInt.From(i)); }
                        catch (PythonException e) when (e.Is(PyExceptionTypes.IndexError)) { return; }
                        await g.Yield(v);
                    }
                });
            }));
            b.Attribute("__contains__", Fn("__contains__", new[] { "self", "value" }, a =>
            {
                var it = Ops.Iter(a[0]);
                for (var x = it.Next(); x != null; x = it.Next()) if (ReferenceEquals(x, a[1]) || Ops.Eq(x, a[1])) return PyBool.True;
                return PyBool.False;
            }));
            b.Attribute("__reversed__", Fn("__reversed__", new[] { "self" }, a =>
            {
                var self = a[0];
                return new PyGenerator("__reversed__", async g =>
                {
                    for (long i = Ops.Len(self) - 1; i >= 0; i--) await g.Yield(Ops.GetItem(self, PyInt.From(i)));
                });
            }));
            b.Attribute("index", Fn("index", new[] { "self", "value" }, a =>
            {
                long i = 0;
                var it = Ops.Iter(a[0]);
                for (var x = it.Next(); x != null; x = it.Next(), i++) if (ReferenceEquals(x, a[1]) || Ops.Eq(x, a[1])) return PyInt.From(i);
                throw Ops.Error(PyExceptionTypes.ValueError);
            }));
            b.Attribute("count", Fn("count", new[] { "self", "value" }, a =>
            {
                long n = 0;
                var it = Ops.Iter(a[0]);
                for (var x = it.Next(); x != null; x = it.Next()) if (ReferenceEquals(x, a[1]) || Ops.Eq(x, a[1])) n++;
                return PyInt.From(n);
            }));
            return b.Build();
        }

        public static readonly PyType MutableSequence = BuildMutableSequence();

        static PyType BuildMutableSequence()
        {
            var b = Class("MutableSequence", Sequence);
            b.Attribute("__setitem__", Abstract("__setitem__", new[] { "self", "index", "value" }, a => throw Ops.IndexError("")));
            b.Attribute("__delitem__", Abstract("__delitem__", new[] { "self", "index" }, a => throw Ops.IndexError("")));
            b.Attribute("insert", Abstract("insert", new[] { "self", "index", "value" }, a => throw Ops.IndexError("")));
            b.Attribute("append", Fn("append", new[] { "self", "value" }, a => { Ops.CallMethod(a[0], "insert", PyInt.From(Ops.Len(a[0])), a[1]); return PyNone.None; }));
            b.Attribute("reverse", Fn("reverse", new[] { "self" }, a =>
            {
                long n = Ops.Len(a[0]);
                for (long i = 0; i < n / 2; i++)
                {
                    PyObject pi = PyInt.From(i), pj = PyInt.From(n - i - 1);
                    var x = Ops.GetItem(a[0], pi);
                    var y = Ops.GetItem(a[0], pj);
                    Ops.SetItem(a[0], pi, y);
                    Ops.SetItem(a[0], pj, x);
                }
                return PyNone.None;
            }));
            b.Attribute("extend", Fn("extend", new[] { "self", "values" }, a =>
            {
                var it = Ops.Iter(a[1]);
                for (var x = it.Next(); x != null; x = it.Next()) Ops.CallMethod(a[0], "append", x);
                return PyNone.None;
            }));
            b.Attribute("pop", Fn("pop", new[] { "self", "index" }, a =>
            {
                var v = Ops.GetItem(a[0], a[1]);
                Ops.DelItem(a[0], a[1]);
                return v;
            }, new PyObject[] { PyInt.From(-1) }));
            b.Attribute("remove", Fn("remove", new[] { "self", "value" }, a =>
            {
                Ops.DelItem(a[0], Ops.CallMethod(a[0], "index", a[1]));
                return PyNone.None;
            }));
            b.Attribute("__iadd__", Fn("__iadd__", new[] { "self", "values" }, a => { Ops.CallMethod(a[0], "extend", a[1]); return a[0]; }));
            return b.Build();
        }

        // ---- mapping views -------------------------------------------------------------------------

        public static readonly PyType MappingView = BuildMappingView();

        static PyType BuildMappingView()
        {
            var b = Class("MappingView", Sized);
            b.Attribute("__init__", Fn("__init__", new[] { "self", "mapping" }, a => { Ops.SetAttr(a[0], "_mapping", a[1]); return PyNone.None; }));
            b.Attribute("__len__", Fn("__len__", new[] { "self" }, a => PyInt.From(Ops.Len(Ops.GetAttr(a[0], "_mapping")))));
            b.Attribute("__repr__", Fn("__repr__", new[] { "self" }, a =>
                PyStr.FromString($"{Ops.StrValue(Ops.GetAttr(Ops.GetAttr(a[0], "__class__"), "__name__"))}({Ops.Repr(Ops.GetAttr(a[0], "_mapping"))})")));
            return b.Build();
        }

        static PyObject Mapping_(PyObject view) => Ops.GetAttr(view, "_mapping");

        public static readonly PyType KeysView = Class("KeysView", MappingView, Set)
            .Attribute("_from_iterable", new PyClassMethod(Fn("_from_iterable", new[] { "self", "it" }, a => Ops.Call(PySet.TypeObject, a[1]))))
            .Attribute("__contains__", Fn("__contains__", new[] { "self", "key" }, a => PyBool.From(Ops.In(a[1], Mapping_(a[0])))))
            .Attribute("__iter__", Fn("__iter__", new[] { "self" }, a => Ops.Iter(Mapping_(a[0]))))
            .Build();

        public static readonly PyType ItemsView = Class("ItemsView", MappingView, Set)
            .Attribute("_from_iterable", new PyClassMethod(Fn("_from_iterable", new[] { "self", "it" }, a => Ops.Call(PySet.TypeObject, a[1]))))
            .Attribute("__contains__", Fn("__contains__", new[] { "self", "item" }, a =>
            {
                var kv = Ops.UnpackSequence(a[1], 2);
                var m = Mapping_(a[0]);
                PyObject v;
                try { v = Ops.GetItem(m, kv[0]); }
                catch (PythonException e) when (e.Is(PyExceptionTypes.KeyError)) { return PyBool.False; }
                return PyBool.From(Ops.Eq(v, kv[1]));
            }))
            .Attribute("__iter__", Fn("__iter__", new[] { "self" }, a => Ops.Iter(Collect(Mapping_(a[0]), k => PyTuple.Create(k, Ops.GetItem(Mapping_(a[0]), k))))))
            .Build();

        public static readonly PyType ValuesView = Class("ValuesView", MappingView)
            .Attribute("__contains__", Fn("__contains__", new[] { "self", "value" }, a =>
            {
                var m = Mapping_(a[0]);
                var it = Ops.Iter(m);
                for (var k = it.Next(); k != null; k = it.Next()) if (Ops.Eq(Ops.GetItem(m, k), a[1])) return PyBool.True;
                return PyBool.False;
            }))
            .Attribute("__iter__", Fn("__iter__", new[] { "self" }, a => Ops.Iter(Collect(Mapping_(a[0]), k => Ops.GetItem(Mapping_(a[0]), k)))))
            .Build();

        /// <summary>2.7's registrations of the built-in types.</summary>
        static readonly bool Registered = RegisterBuiltins();

        static bool RegisterBuiltins()
        {
            AbcMeta.Register(Set, PyFrozenSet.TypeObject);
            AbcMeta.Register(MutableSet, PySet.TypeObject);
            AbcMeta.Register(MutableMapping, PyDict.TypeObject);
            AbcMeta.Register(Sequence, PyTuple.TypeObject);
            AbcMeta.Register(Sequence, PyStr.TypeObject);
            AbcMeta.Register(Sequence, PyUnicode.TypeObject);
            AbcMeta.Register(Sequence, PyXRange.TypeObject);
            AbcMeta.Register(MutableSequence, PyList.TypeObject);
            return true;
        }

        public static void EnsureRegistered() => _ = Registered;
    }

    /// <summary>OrderedDict's viewkeys/viewvalues/viewitems: the _abcoll view classes.</summary>
    internal static class MappingViews
    {
        public static PyObject Keys(PyObject m) => Ops.Call(Abc.KeysView, m);
        public static PyObject Values(PyObject m) => Ops.Call(Abc.ValuesView, m);
        public static PyObject Items(PyObject m) => Ops.Call(Abc.ItemsView, m);
    }
}
