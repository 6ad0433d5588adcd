using System;
using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime.Modules.collections
{
    /// <summary>
    /// collections.Counter as collections.py defines it: a Python class deriving from dict (missing
    /// keys count 0), with most_common (stable by count, then dict order), elements, update/subtract
    /// and the + - | &amp; multiset operations. Its methods store through self[key] like the original.
    /// </summary>
    internal static class CounterClass
    {
        public static readonly PyType TypeObject = Build();

        static PyObject Get(PyObject self, PyObject key) => self is PyDict d && PythonOverride.Find(d.Type, "get") == null ? d.Get(key) ?? PyInt.Zero : Ops.CallMethod(self, "get", key, PyInt.Zero);

        static PyType Build()
        {
            var b = new PythonClassBuilder("collections", "Counter", PyDict.TypeObject);
            b.Attribute("__doc__", PyStr.FromString("Dict subclass for counting hashable items.  Sometimes called a bag\n    or multiset.  Elements are stored as dictionary keys and their counts\n    are stored as dictionary values.\n"));
            b.Method("__init__", Array.Empty<string>(), a =>
            {
                var args = (PyTuple)a[0];
                if (args.Count == 0) throw Ops.TypeError("descriptor '__init__' of 'Counter' object needs an argument");
                if (args.Count > 2) throw Ops.TypeError($"expected at most 1 arguments, got {args.Count - 1}");
                Ops.CallEx(Ops.GetAttr(args[0], "update"), args.AsSpan().Slice(1).ToArray(), null, null, a[1]);
                return PyNone.None;
            }, varArgs: "args", kwArgs: "kwds");
            b.Method("__missing__", new[] { "self", "key" }, a => PyInt.Zero);
            b.Method("most_common", new[] { "self", "n" }, a => MostCommon(a[0], a[1]), defaults: new PyObject[] { PyNone.None });
            b.Method("elements", new[] { "self" }, a =>
            {
                var items = Ops.Iter(Ops.CallMethod(a[0], "iteritems"));
                return new PyGenerator("elements", async g =>
                {
                    for (var kv = items.Next(); kv != null; kv = items.Next())
                    {
                        var pair = Ops.UnpackSequence(kv, 2);
                        // repeat(elem, count): counts below one give nothing
                        long n = pair[1] is PyInt or PyLong ? Ops.IndexToLongArg(pair[1]) : throw Ops.TypeError(pair[1] is PyFloat ? "integer argument expected, got float" : "an integer is required");
                        for (long i = 0; i < n; i++) await g.Yield(pair[0]);
                    }
                });
            });
            b.Attribute("fromkeys", new PyClassMethod(PyFunction.WithBoundArguments(new FunctionSignature("fromkeys", new[] { "cls", "iterable", "v" }),
                a => throw Ops.NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead."), new PyObject[] { PyNone.None })));
            b.Method("update", Array.Empty<string>(), a => Update(a, "update", +1), varArgs: "args", kwArgs: "kwds");
            b.Method("subtract", Array.Empty<string>(), a => Update(a, "subtract", -1), varArgs: "args", kwArgs: "kwds");
            b.Method("copy", new[] { "self" }, a => Ops.Call(Ops.GetAttr(a[0], "__class__"), a[0]));
            b.Method("__reduce__", new[] { "self" }, a => PyTuple.Create(Ops.GetAttr(a[0], "__class__"), PyTuple.Create(Ops.Call(PyDict.TypeObject, a[0]))));
            b.Method("__delitem__", new[] { "self", "elem" }, a =>
            {
                if (Ops.In(a[1], a[0])) ((PyDict)a[0]).Remove(a[1]);
                return PyNone.None;
            });
            b.Method("__repr__", new[] { "self" }, a =>
            {
                string name = Ops.StrValue(Ops.GetAttr(Ops.GetAttr(a[0], "__class__"), "__name__"));
                if (!Ops.IsTrue(a[0])) return PyStr.FromString(name + "()");
                var parts = new System.Text.StringBuilder();
                var it = Ops.Iter(Ops.CallMethod(a[0], "most_common"));
                bool first = true;
                for (var kv = it.Next(); kv != null; kv = it.Next())
                {
                    if (!first) parts.Append(", ");
                    first = false;
                    parts.Append(Ops.StrValue(Ops.Modulo(PyStr.FromString("%r: %r"), kv)));
                }
                return PyStr.FromString($"{name}({{{parts}}})");
            });
            b.Method("__add__", new[] { "self", "other" }, a => Combine(a[0], a[1], (c, o) => Ops.Add(c, o), addOtherPositives: true, negateOthers: false));
            b.Method("__sub__", new[] { "self", "other" }, a => Combine(a[0], a[1], (c, o) => Ops.Subtract(c, o), addOtherPositives: false, negateOthers: true));
            b.Method("__or__", new[] { "self", "other" }, a => Combine(a[0], a[1], (c, o) => Ops.Less(c, o) ? o : c, addOtherPositives: true, negateOthers: false));
            b.Method("__and__", new[] { "self", "other" }, a => Combine(a[0], a[1], (c, o) => Ops.Less(c, o) ? c : o, addOtherPositives: false, negateOthers: false));
            return b.Build();
        }

        static readonly PyObject SecondItem = Ops.Call(ItemGetterType, PyInt.One);
        static PyObject ItemGetterType => Py2Cs.Runtime.Modules.@operator.ItemGetter.TypeObject;

        static PyObject MostCommon(PyObject self, PyObject n)
        {
            var items = Ops.CallMethod(self, "iteritems");
            if (n is PyNone)
            {
                var list = PyList.FromIterable(items);
                list.Sort(key: SecondItem, reverse: true);
                return list;
            }
            return heapq.nlargest(n, items, SecondItem);
        }

        static PyObject Update(PyObject[] a, string name, int sign)
        {
            var args = (PyTuple)a[0];
            var kwds = (PyDict)a[1];
            if (args.Count == 0) throw Ops.TypeError($"descriptor '{name}' of 'Counter' object needs an argument");
            if (args.Count > 2) throw Ops.TypeError($"expected at most 1 arguments, got {args.Count - 1}");
            var self = args[0];
            var iterable = args.Count == 2 ? args[1] : PyNone.None;
            if (iterable is not PyNone)
            {
                if (Abc.IsMapping(iterable))
                {
                    if (sign > 0 && !Ops.IsTrue(self))
                        Ops.Call(PyDict.TypeObject.Dict.GetStr("update"), self, iterable); // dict.update: the fast path for an empty counter
                    else
                    {
                        var it = Ops.Iter(Ops.CallMethod(iterable, "iteritems"));
                        for (var kv = it.Next(); kv != null; kv = it.Next())
                        {
                            var pair = Ops.UnpackSequence(kv, 2);
                            var current = Get(self, pair[0]);
                            Ops.SetItem(self, pair[0], sign > 0 ? Ops.Add(current, pair[1]) : Ops.Subtract(current, pair[1]));
                        }
                    }
                }
                else
                {
                    var it = Ops.Iter(iterable);
                    for (var x = it.Next(); x != null; x = it.Next())
                    {
                        var current = Get(self, x);
                        Ops.SetItem(self, x, sign > 0 ? Ops.Add(current, PyInt.One) : Ops.Subtract(current, PyInt.One));
                    }
                }
            }
            if (kwds.Len() > 0) Ops.CallMethod(self, name, kwds);
            return PyNone.None;
        }

        static PyObject Combine(PyObject self, PyObject other, Func<PyObject, PyObject, PyObject> f, bool addOtherPositives, bool negateOthers)
        {
            if (!Ops.IsInstance(other, TypeObject)) return PyNotImplemented.Value;
            var result = Ops.Call(TypeObject);
            var it = Ops.Iter(Ops.CallMethod(self, "items"));
            for (var kv = it.Next(); kv != null; kv = it.Next())
            {
                var pair = Ops.UnpackSequence(kv, 2);
                var newcount = f(pair[1], Ops.GetItem(other, pair[0]));
                if (Ops.Greater(newcount, PyInt.Zero)) Ops.SetItem(result, pair[0], newcount);
            }
            if (addOtherPositives || negateOthers)
            {
                it = Ops.Iter(Ops.CallMethod(other, "items"));
                for (var kv = it.Next(); kv != null; kv = it.Next())
                {
                    var pair = Ops.UnpackSequence(kv, 2);
                    if (Ops.In(pair[0], self)) continue;
                    if (addOtherPositives && Ops.Greater(pair[1], PyInt.Zero)) Ops.SetItem(result, pair[0], pair[1]);
                    if (negateOthers && Ops.Less(pair[1], PyInt.Zero)) Ops.SetItem(result, pair[0], Ops.Subtract(PyInt.Zero, pair[1]));
                }
            }
            return result;
        }
    }
}
