using System;
using System.Runtime.CompilerServices;
using System.Text;
using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime.Modules.collections
{
    /// <summary>
    /// collections.OrderedDict, built as collections.py builds it: a Python class deriving from dict
    /// whose methods keep a doubly linked list of the keys in insertion order beside the dict's own
    /// table. The methods are PyFunctions, so a subclass's overrides (and its calls through self[...])
    /// behave as in CPython.
    /// </summary>
    internal static class OrderedDictClass
    {
        /// <summary>One key's link in the circular list; the root is a sentinel.</summary>
        internal sealed class Link
        {
            public Link Prev, Next;
            public PyObject Key;
        }

        /// <summary>The per-instance order (CPython keeps it in self.__root and self.__map).</summary>
        internal sealed class Links
        {
            public readonly Link Root = new();
            public readonly System.Collections.Generic.Dictionary<PyObject, Link> Map = new(KeyComparer.Instance);
            public Links() { Root.Prev = Root.Next = Root; }
        }

        /// <summary>Python equality and hashing for the key map.</summary>
        sealed class KeyComparer : System.Collections.Generic.IEqualityComparer<PyObject>
        {
            public static readonly KeyComparer Instance = new();
            public new bool Equals(PyObject a, PyObject b) => ReferenceEquals(a, b) || Ops.Eq(a, b);
            public int GetHashCode(PyObject o) => Ops.Hash(o).GetHashCode();
        }

        static readonly ConditionalWeakTable<PyObject, Links> Orders = new();

        internal static Links Of(PyObject self) => Orders.GetValue(self, _ => new Links());

        static PyDict Dict(PyObject self) => (PyDict)self;

        // (declared before TypeObject: static fields initialise in order and Build uses it)
        static readonly PyObject Marker = new PyInstance(PyType.ObjectType);

        public static readonly PyType TypeObject = Build();

        static PyType Build()
        {
            var b = new PythonClassBuilder("collections", "OrderedDict", PyDict.TypeObject);
            b.Attribute("__doc__", PyStr.FromString("Dictionary that remembers insertion order"));
            b.Method("__init__", new[] { "self" }, a => Init(a[0], (PyTuple)a[1], (PyDict)a[2]), varArgs: "args", kwArgs: "kwds");
            b.Method("__setitem__", new[] { "self", "key", "value" }, a =>
            {
                var links = Of(a[0]);
                if (!Dict(a[0]).ContainsKey(a[1]))
                {
                    var root = links.Root;
                    var last = root.Prev;
                    var link = new Link { Prev = last, Next = root, Key = a[1] };
                    last.Next = root.Prev = link;
                    links.Map[a[1]] = link;
                }
                Dict(a[0]).SetItemCore(a[1], a[2]);
                return PyNone.None;
            });
            b.Method("__delitem__", new[] { "self", "key" }, a =>
            {
                if (!Dict(a[0]).Remove(a[1])) throw Ops.KeyError(a[1]);
                var links = Of(a[0]);
                if (links.Map.Remove(a[1], out var link))
                {
                    link.Prev.Next = link.Next;
                    link.Next.Prev = link.Prev;
                }
                return PyNone.None;
            });
            b.Method("__iter__", new[] { "self" }, a => new OrderIterator(Of(a[0]), OrderIterator.Kind.Keys, null, reversed: false));
            b.Method("__reversed__", new[] { "self" }, a => new OrderIterator(Of(a[0]), OrderIterator.Kind.Keys, null, reversed: true));
            b.Method("clear", new[] { "self" }, a =>
            {
                var links = Of(a[0]);
                for (var l = links.Root.Next; l != links.Root; l = l.Next) l.Prev = null;
                links.Root.Prev = links.Root.Next = links.Root;
                links.Map.Clear();
                Dict(a[0]).Clear();
                return PyNone.None;
            });
            b.Method("keys", new[] { "self" }, a => PyList.FromIterable(Ops.Iter(a[0])));
            b.Method("values", new[] { "self" }, a => Collect(a[0], self => k => Ops.GetItem(self, k)));
            b.Method("items", new[] { "self" }, a => Collect(a[0], self => k => PyTuple.Create(k, Ops.GetItem(self, k))));
            b.Method("iterkeys", new[] { "self" }, a => Ops.Iter(a[0]));
            b.Method("itervalues", new[] { "self" }, a => new OrderIterator(Of(a[0]), OrderIterator.Kind.Values, a[0], reversed: false));
            b.Method("iteritems", new[] { "self" }, a => new OrderIterator(Of(a[0]), OrderIterator.Kind.Items, a[0], reversed: false));
            var update = MutableMappingUpdate("update");
            b.Attribute("update", update);
            b.Attribute("_OrderedDict__update", update);
            b.Attribute("_OrderedDict__marker", Marker);
            b.Method("pop", new[] { "self", "key", "default" }, a =>
            {
                if (Ops.In(a[1], a[0]))
                {
                    var result = Ops.GetItem(a[0], a[1]);
                    Ops.DelItem(a[0], a[1]);
                    return result;
                }
                if (ReferenceEquals(a[2], Marker)) throw Ops.KeyError(a[1]);
                return a[2];
            }, defaults: new[] { Marker });
            b.Method("setdefault", new[] { "self", "key", "default" }, a =>
            {
                if (Ops.In(a[1], a[0])) return Ops.GetItem(a[0], a[1]);
                Ops.SetItem(a[0], a[1], a[2]);
                return a[2];
            }, defaults: new PyObject[] { PyNone.None });
            b.Method("popitem", new[] { "self", "last" }, a =>
            {
                if (!Ops.IsTrue(a[0])) throw Ops.KeyError("dictionary is empty");
                var it = Ops.IsTrue(a[1]) ? Ops.Call(Builtins.Module.Dict.GetStr("reversed"), a[0]) : Ops.Iter(a[0]);
                var key = Ops.NextOrRaise(it);
                var value = Ops.CallMethod(a[0], "pop", key);
                return PyTuple.Create(key, value);
            }, defaults: new PyObject[] { PyBool.True });
            b.Method("__repr__", new[] { "self" }, a =>
            {
                using var guard = ReprGuard.Enter(a[0], out bool recursive);
                if (recursive) return PyStr.FromString("...");
                string name = Ops.StrValue(Ops.GetAttr(Ops.GetAttr(a[0], "__class__"), "__name__"));
                if (!Ops.IsTrue(a[0])) return PyStr.FromString(name + "()");
                return PyStr.FromString($"{name}({Ops.Repr(Ops.CallMethod(a[0], "items"))})");
            });
            b.Method("__reduce__", new[] { "self" }, a =>
            {
                var items = new PyList();
                var it = Ops.Iter(a[0]);
                for (var k = it.Next(); k != null; k = it.Next()) items.Append(PyList.Create(k, Ops.GetItem(a[0], k)));
                var cls = Ops.GetAttr(a[0], "__class__");
                var instDict = a[0].InstanceDict;
                if (instDict != null && instDict.Len() > 0) return PyTuple.Create(cls, PyTuple.Create(items), instDict.Copy());
                return PyTuple.Create(cls, PyTuple.Create(items));
            });
            b.Method("copy", new[] { "self" }, a => Ops.Call(Ops.GetAttr(a[0], "__class__"), a[0]));
            b.Attribute("fromkeys", new PyClassMethod(PyFunction.WithBoundArguments(new FunctionSignature("fromkeys", new[] { "cls", "iterable", "value" }), a =>
            {
                var self = Ops.Call(a[0]);
                var it = Ops.Iter(a[1]);
                for (var k = it.Next(); k != null; k = it.Next()) Ops.SetItem(self, k, a[2]);
                return self;
            }, new PyObject[] { PyNone.None })));
            b.Method("__eq__", new[] { "self", "other" }, a =>
            {
                bool dictEqual = Ops.IsTrue(Ops.Call(PyDict.TypeObject.Dict.GetStr("__eq__"), a[0], a[1]));
                if (Ops.IsInstance(a[1], TypeObject))
                {
                    if (!dictEqual) return PyBool.False;
                    var x = Ops.Iter(a[0]);
                    var y = Ops.Iter(a[1]);
                    while (true)
                    {
                        var p = x.Next();
                        var q = y.Next();
                        if (p == null || q == null) return PyBool.True;
                        if (!Ops.Eq(p, q)) return PyBool.False;
                    }
                }
                return PyBool.From(dictEqual);
            });
            b.Method("__ne__", new[] { "self", "other" }, a => PyBool.From(!Ops.Eq(a[0], a[1])));
            b.Method("viewkeys", new[] { "self" }, a => MappingViews.Keys(a[0]));
            b.Method("viewvalues", new[] { "self" }, a => MappingViews.Values(a[0]));
            b.Method("viewitems", new[] { "self" }, a => MappingViews.Items(a[0]));
            return b.Build();
        }

        static PyObject Collect(PyObject self, Func<PyObject, Func<PyObject, PyObject>> make)
        {
            var f = make(self);
            var r = new PyList();
            var it = Ops.Iter(self);
            for (var k = it.Next(); k != null; k = it.Next()) r.Append(f(k));
            return r;
        }

        static PyObject Init(PyObject self, PyTuple args, PyDict kwds)
        {
            if (args.Count > 1) throw Ops.TypeError($"expected at most 1 arguments, got {args.Count}");
            Of(self);
            Ops.CallEx(Ops.GetAttr(self, "_OrderedDict__update"), Array.Empty<PyObject>(), null, args, kwds);
            return PyNone.None;
        }

        /// <summary>MutableMapping.update(*args, **kwds): mappings by keys(), else (key, value) pairs,
        /// every store through self[key] = value.</summary>
        internal static PyFunction MutableMappingUpdate(string name) =>
            PyFunction.WithBoundArguments(new FunctionSignature(name, Array.Empty<string>(), "args", "kwds"), a =>
            {
                var args = (PyTuple)a[0];
                var kwds = (PyDict)a[1];
                if (args.Count == 0) throw Ops.TypeError("descriptor 'update' of 'MutableMapping' object needs an argument");
                if (args.Count > 2) throw Ops.TypeError($"update expected at most 1 arguments, got {args.Count - 1}");
                var self = args[0];
                if (args.Count == 2)
                {
                    var other = args[1];
                    if (Abc.IsMapping(other))
                    {
                        var keys = Ops.Iter(other);
                        for (var k = keys.Next(); k != null; k = keys.Next()) Ops.SetItem(self, k, Ops.GetItem(other, k));
                    }
                    else if (Ops.GetAttrOrNull(other, "keys") != null)
                    {
                        var keys = Ops.Iter(Ops.CallMethod(other, "keys"));
                        for (var k = keys.Next(); k != null; k = keys.Next()) Ops.SetItem(self, k, Ops.GetItem(other, k));
                    }
                    else
                    {
                        var it = Ops.Iter(other);
                        for (var kv = it.Next(); kv != null; kv = it.Next())
                        {
                            var pair = Ops.UnpackSequence(kv, 2);
                            Ops.SetItem(self, pair[0], pair[1]);
                        }
                    }
                }
                int pos = 0;
                while (kwds.Next(ref pos, out var key, out var value)) Ops.SetItem(self, key, value);
                return PyNone.None;
            });

        /// <summary>Walks the links (keys), reading values through self[key] for values/items.</summary>
        internal sealed class OrderIterator : PyObject
        {
            public enum Kind { Keys, Values, Items }
            static readonly PyType IteratorType = PyType.Builtin("odict_iterator", () => PyType.ObjectType, IteratorTypes.Populate);

            readonly Links _links;
            readonly Kind _kind;
            readonly PyObject _self;
            readonly bool _reversed;
            Link _current;

            public OrderIterator(Links links, Kind kind, PyObject self, bool reversed)
            {
                _links = links;
                _kind = kind;
                _self = self;
                _reversed = reversed;
                _current = links.Root;
            }

            public override PyType Type => IteratorType;
            public override PyObject Iter() => this;

            public override PyObject Next()
            {
                if (_current == null) return null;
                var next = _reversed ? _current.Prev : _current.Next;
                // a link removed while iterating has no neighbours left; stop as the linked list would
                if (next == null || next == _links.Root) { _current = null; return null; }
                _current = next;
                var key = next.Key;
                return _kind switch
                {
                    Kind.Keys => key,
                    Kind.Values => Ops.GetItem(_self, key),
                    _ => PyTuple.Create(key, Ops.GetItem(_self, key)),
                };
            }
        }
    }
}
