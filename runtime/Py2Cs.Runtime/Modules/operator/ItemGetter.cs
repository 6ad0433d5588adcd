using System;

namespace Py2Cs.Runtime.Modules.@operator
{
    /// <summary>The shared call shape of operator's callables: one positional argument, no keywords.</summary>
    internal static class OperatorCall
    {
        public static PyObject SingleArgument(string name, PyObject[] args, PyStr[] kwNames)
        {
            if (kwNames != null && kwNames.Length > 0) throw Ops.TypeError($"{name}() does not take keyword arguments");
            if (args.Length != 1) throw Ops.TypeError($"{name} expected 1 arguments, got {args.Length}");
            return args[0];
        }
    }

    /// <summary>operator.itemgetter(item, ...): obj[item], or a tuple of the items when given several.</summary>
    public sealed class ItemGetter : PyObject
    {
        public static readonly PyType TypeObject = PyType.Builtin("itemgetter", () => PyType.ObjectType, t =>
        {
            t.Define("__module__", PyStr.FromString("operator"));
            t.Constructor = (type, args, kw) =>
            {
                if (kw != null && kw.Length > 0) throw Ops.TypeError("itemgetter() does not take keyword arguments");
                if (args.Length < 1) throw Ops.TypeError("itemgetter expected 1 arguments, got 0");
                return new ItemGetter((PyObject[])args.Clone());
            };
            t.DefVarMethod("__call__", (s, a) => ((ItemGetter)s).Call(a, null));
        });

        readonly PyObject[] _items;
        ItemGetter(PyObject[] items) { _items = items; }
        public override PyType Type => TypeObject;
        public override bool IsCallable => true;

        public override PyObject Call(PyObject[] args, PyStr[] kwNames)
        {
            var obj = OperatorCall.SingleArgument("itemgetter", args, kwNames);
            if (_items.Length == 1) return Ops.GetItem(obj, _items[0]);
            var r = new PyObject[_items.Length];
            for (int i = 0; i < r.Length; i++) r[i] = Ops.GetItem(obj, _items[i]);
            return PyTuple.Create(r);
        }
    }

    /// <summary>operator.attrgetter(attr, ...): dotted names are followed one attribute at a time.</summary>
    public sealed class AttrGetter : PyObject
    {
        public static readonly PyType TypeObject = PyType.Builtin("attrgetter", () => PyType.ObjectType, t =>
        {
            t.Define("__module__", PyStr.FromString("operator"));
            t.Constructor = (type, args, kw) =>
            {
                if (kw != null && kw.Length > 0) throw Ops.TypeError("attrgetter() does not take keyword arguments");
                if (args.Length < 1) throw Ops.TypeError("attrgetter expected 1 arguments, got 0");
                var paths = new PyStr[args.Length][];
                var names = new PyObject[args.Length];
                for (int i = 0; i < args.Length; i++)
                {
                    // 2.7.18 checks the names when called, not here.
                    paths[i] = args[i] is PyStr s ? Array.ConvertAll(s.ToString().Split('.'), PyStr.Intern) : null;
                    names[i] = args[i];
                }
                return new AttrGetter(paths, names);
            };
            t.DefVarMethod("__call__", (s, a) => ((AttrGetter)s).Call(a, null));
        });

        readonly PyStr[][] _paths;
        readonly PyObject[] _names;
        AttrGetter(PyStr[][] paths, PyObject[] names) { _paths = paths; _names = names; }
        public override PyType Type => TypeObject;
        public override bool IsCallable => true;

        PyObject Follow(PyObject obj, int i)
        {
            var path = _paths[i];
            if (path == null)
            {
                if (_names[i] is not PyUnicode u) throw Ops.TypeError("attribute name must be a string");
                return Ops.GetAttr(obj, (PyStr)Ops.Str(u));
            }
            foreach (var name in path) obj = Ops.GetAttr(obj, name);
            return obj;
        }

        public override PyObject Call(PyObject[] args, PyStr[] kwNames)
        {
            var obj = OperatorCall.SingleArgument("attrgetter", args, kwNames);
            if (_paths.Length == 1) return Follow(obj, 0);
            var r = new PyObject[_paths.Length];
            for (int i = 0; i < r.Length; i++) r[i] = Follow(obj, i);
            return PyTuple.Create(r);
        }
    }

    /// <summary>operator.methodcaller(name, *args, **kwargs): calls obj.name(*args, **kwargs).</summary>
    public sealed class MethodCaller : PyObject
    {
        public static readonly PyType TypeObject = PyType.Builtin("methodcaller", () => PyType.ObjectType, t =>
        {
            t.Define("__module__", PyStr.FromString("operator"));
            t.Constructor = (type, args, kw) =>
            {
                int positional = args.Length - (kw?.Length ?? 0);
                if (positional < 1) throw Ops.TypeError("methodcaller needs at least one argument, the method name");
                var rest = new PyObject[args.Length - 1];
                Array.Copy(args, 1, rest, 0, rest.Length);
                return new MethodCaller(args[0], rest, kw);
            };
            t.DefVarMethod("__call__", (s, a) => ((MethodCaller)s).Call(a, null));
        });

        readonly PyObject _name;
        readonly PyObject[] _args;
        readonly PyStr[] _kwNames;
        MethodCaller(PyObject name, PyObject[] args, PyStr[] kwNames) { _name = name; _args = args; _kwNames = kwNames; }
        public override PyType Type => TypeObject;
        public override bool IsCallable => true;

        public override PyObject Call(PyObject[] args, PyStr[] kwNames)
        {
            var obj = OperatorCall.SingleArgument("methodcaller", args, kwNames);
            PyStr name = _name switch
            {
                PyStr s => s,
                PyUnicode u => (PyStr)Ops.Str(u),
                _ => throw Ops.TypeError($"attribute name must be string, not '{_name.TypeName}'"),
            };
            return Ops.Call(Ops.GetAttr(obj, name), _args, _kwNames);
        }
    }
}
