using System.Collections.Generic;
using S = Py2Cs.Syntax;

namespace Py2Cs.Runtime;

/// <summary>Expressions, names and assignment targets.</summary>
internal static partial class Interpreter
{
    static PyObject Eval(S.Expr e, InterpreterFrame f)
    {
        switch (e)
        {
            case S.Name n: return LoadName(f, n.Id);
            case S.NumLiteral num: return Number(num);
            case S.StrLiteral s: return Literal(s);
            case S.AttributeExpr a: return Ops.GetAttr(Eval(a.Value, f), PyStr.Intern(a.Attr));
            case S.Subscript sub: return Subscript(sub, f);
            case S.Call c: return Call(c, f);
            case S.BinOp b: return Ops.BinaryOp(Operator(b.Op, f), Eval(b.Left, f), Eval(b.Right, f));
            case S.UnaryOp u:
            {
                var v = Eval(u.Operand, f);
                return u.Op switch
                {
                    S.UnaryOperator.Not => Ops.Not(v),
                    S.UnaryOperator.USub => Ops.Negative(v),
                    S.UnaryOperator.UAdd => Ops.Positive(v),
                    _ => Ops.Invert(v),
                };
            }
            case S.BoolOp b:
            {
                PyObject v = null;
                foreach (var x in b.Values)
                {
                    v = Eval(x, f);
                    if (Ops.IsTrue(v) == (b.Op == S.BoolOperator.Or)) return v;
                }
                return v;
            }
            case S.Compare c: return Compare(c, f);
            case S.IfExp i: return Ops.IsTrue(Eval(i.Test, f)) ? Eval(i.Body, f) : Eval(i.Orelse, f);
            case S.TupleExpr t: return PyTuple.Create(EvalAll(t.Elts, f));
            case S.List l: return PyList.FromArray(EvalAll(l.Elts, f));
            case S.Dict d:
            {
                var valueThenKey = new PyObject[d.Keys.Count * 2];
                for (int i = 0; i < d.Keys.Count; i++)
                {
                    valueThenKey[2 * i] = Eval(d.Values[i], f);
                    valueThenKey[2 * i + 1] = Eval(d.Keys[i], f);
                }
                return Displays.Dict(valueThenKey);
            }
            case S.Set s: return PySet.FromDisplay(EvalAll(s.Elts, f));
            case S.Repr r: return Ops.Repr(Eval(r.Value, f));
            case S.Lambda l: return DefineLambda(l, f);
            case S.ListComp lc:
            {
                var result = new PyList();
                Comprehend(lc.Generators, 0, f, fr => result.Append(Eval(lc.Elt, fr)));
                return result;
            }
            case S.GeneratorExp g: return GeneratorExpression(g, f);
            case S.SetComp sc:
            {
                var result = new PySet();
                RunComprehension(sc.Generators, f, new[] { sc.Elt }, fr => result.Add(Eval(sc.Elt, fr)));
                return result;
            }
            case S.DictComp dc:
            {
                var result = new PyDict();
                RunComprehension(dc.Generators, f, new[] { dc.Key, dc.Value }, fr =>
                {
                    var k = Eval(dc.Key, fr);
                    result.SetItem(k, Eval(dc.Value, fr));
                });
                return result;
            }
            case S.Yield y:
                return (f.Generator ?? throw Ops.Error(PyExceptionTypes.SyntaxError, "'yield' outside function"))
                    .Yield(y.Value == null ? PyNone.None : Eval(y.Value, f));
            default: throw Ops.SystemError("the interpreter cannot evaluate " + e.GetType().Name);
        }
    }

    static PyObject[] EvalAll(IReadOnlyList<S.Expr> items, InterpreterFrame f)
    {
        var r = new PyObject[items.Count];
        for (int i = 0; i < r.Length; i++) r[i] = Eval(items[i], f);
        return r;
    }

    static PyObject Number(S.NumLiteral n) => n.Kind switch
    {
        S.NumKind.Int => PyInt.From(n.IntValue),
        S.NumKind.Long => new PyLong(n.LongValue),
        S.NumKind.Float => new PyFloat(n.FloatValue),
        _ => new PyComplex(0.0, n.FloatValue),
    };

    static PyObject Literal(S.StrLiteral s) => s.IsUnicode ? PyUnicode.FromString(s.Value) : PyStr.FromString(s.Value);

    static BinaryOperator Operator(S.BinaryOperator op, InterpreterFrame f) => op switch
    {
        S.BinaryOperator.Add => BinaryOperator.Add,
        S.BinaryOperator.Sub => BinaryOperator.Subtract,
        S.BinaryOperator.Mult => BinaryOperator.Multiply,
        S.BinaryOperator.Div => (f.Future & S.FutureFlags.Division) != 0 ? BinaryOperator.TrueDivide : BinaryOperator.Divide,
        S.BinaryOperator.Mod => BinaryOperator.Modulo,
        S.BinaryOperator.Pow => BinaryOperator.Power,
        S.BinaryOperator.LShift => BinaryOperator.LeftShift,
        S.BinaryOperator.RShift => BinaryOperator.RightShift,
        S.BinaryOperator.BitOr => BinaryOperator.Or,
        S.BinaryOperator.BitXor => BinaryOperator.Xor,
        S.BinaryOperator.BitAnd => BinaryOperator.And,
        _ => BinaryOperator.FloorDivide,
    };

    static PyObject Compare(S.Compare c, InterpreterFrame f)
    {
        var left = Eval(c.Left, f);
        PyObject result = null;
        for (int i = 0; i < c.Comparators.Count; i++)
        {
            var right = Eval(c.Comparators[i], f);
            result = c.Ops[i] switch
            {
                S.CompareOperator.Eq => Ops.RichCompare(left, right, CompareOperator.Equal),
                S.CompareOperator.NotEq => Ops.RichCompare(left, right, CompareOperator.NotEqual),
                S.CompareOperator.Lt => Ops.RichCompare(left, right, CompareOperator.Less),
                S.CompareOperator.LtE => Ops.RichCompare(left, right, CompareOperator.LessEqual),
                S.CompareOperator.Gt => Ops.RichCompare(left, right, CompareOperator.Greater),
                S.CompareOperator.GtE => Ops.RichCompare(left, right, CompareOperator.GreaterEqual),
                S.CompareOperator.Is => PyBool.From(Ops.Is(left, right)),
                S.CompareOperator.IsNot => PyBool.From(!Ops.Is(left, right)),
                S.CompareOperator.In => PyBool.From(Ops.Contains(right, left)),
                _ => PyBool.From(!Ops.Contains(right, left)),
            };
            if (i < c.Comparators.Count - 1 && !Ops.IsTrue(result)) return result;
            left = right;
        }
        return result;
    }

    // ---- subscripts ----

    /// <summary>A plain <c>a[i:j]</c> uses the simple-slice protocol (<c>__getslice__</c>), as CPython's SLICE opcodes.</summary>
    static bool IsSimpleSlice(S.SliceBase s) => s is S.Slice sl && sl.Step == null;

    static PyObject SliceKey(S.SliceBase s, InterpreterFrame f) => s switch
    {
        S.Index i => Eval(i.Value, f),
        S.Slice sl => new PySlice(sl.Lower == null ? PyNone.None : Eval(sl.Lower, f), sl.Upper == null ? PyNone.None : Eval(sl.Upper, f),
            sl.Step == null ? PyNone.None : Eval(sl.Step, f)),
        S.ExtSlice ext => PyTuple.Create(System.Array.ConvertAll(ToArray(ext.Dims), d => SliceKey(d, f))),
        _ => PyEllipsis.Value,
    };

    static S.SliceBase[] ToArray(IReadOnlyList<S.SliceBase> dims)
    {
        var r = new S.SliceBase[dims.Count];
        for (int i = 0; i < r.Length; i++) r[i] = dims[i];
        return r;
    }

    static PyObject Subscript(S.Subscript sub, InterpreterFrame f)
    {
        var o = Eval(sub.Value, f);
        if (IsSimpleSlice(sub.Slice))
        {
            var (lo, hi) = Bounds((S.Slice)sub.Slice, f);
            return Ops.GetSlice(o, lo, hi);
        }
        return Ops.GetItem(o, SliceKey(sub.Slice, f));
    }

    static (PyObject, PyObject) Bounds(S.Slice s, InterpreterFrame f) =>
        (s.Lower == null ? null : Eval(s.Lower, f), s.Upper == null ? null : Eval(s.Upper, f));

    // ---- calls ----

    static readonly HashSet<string> ScopeBuiltinNames = new() { "globals", "locals", "vars", "dir", "eval", "execfile", "input" };

    static PyObject Call(S.Call c, InterpreterFrame f)
    {
        var func = Eval(c.Func, f);
        int n = c.Args.Count + c.Keywords.Count;
        var args = new PyObject[n];
        for (int i = 0; i < c.Args.Count; i++) args[i] = Eval(c.Args[i], f);
        PyStr[] names = null;
        if (c.Keywords.Count > 0)
        {
            names = new PyStr[c.Keywords.Count];
            for (int i = 0; i < c.Keywords.Count; i++)
            {
                names[i] = PyStr.Intern(c.Keywords[i].Arg);
                args[c.Args.Count + i] = Eval(c.Keywords[i].Value, f);
            }
        }
        var star = c.Starargs == null ? null : Eval(c.Starargs, f);
        var starStar = c.Kwargs == null ? null : Eval(c.Kwargs, f);
        if (c.Func is S.Name callee && ScopeBuiltinNames.Contains(callee.Id) && DynamicCode.IsScopeBuiltin(func))
        {
            if (star != null || starStar != null) return Ops.CallEx(func, args, names, star, starStar);
            return DynamicCode.CallWithScope(func, args, names, f.Globals, CallerLocals(f));
        }
        if (star != null || starStar != null) return Ops.CallEx(func, args, names, star, starStar);
        return func.Call(args, names);
    }

    /// <summary>What <c>locals()</c> and a bare <c>eval</c> see: the namespace, or in a function a
    /// snapshot of its locals (and the free variables it uses).</summary>
    static PyObject CallerLocals(InterpreterFrame f) => f.IsFunction ? LocalsDict(f) : f.Namespace;

    static PyDict LocalsDict(InterpreterFrame f)
    {
        var d = new PyDict();
        foreach (var kv in f.Fast) d.SetStr(kv.Key, kv.Value);
        return d;
    }

    // ---- names ----

    static PyObject LoadName(InterpreterFrame f, string id)
    {
        var key = PyStr.Intern(id);
        if (f.IsFunction)
        {
            if (f.Scope.Locals.Contains(id))
                return f.Fast.TryGetValue(id, out var v) ? v : throw Ops.LocalNotAssigned(id);
            if (!f.Scope.Globals.Contains(id))
            {
                // names an unqualified exec created in this function (CPython's unoptimized frames)
                if (f.Fast.TryGetValue(id, out var x)) return x;
                var free = LoadFree(f.Enclosing, id);
                if (free != null) return free;
            }
            return Builtins.LoadGlobal(f.Globals, key);
        }
        if (!f.Scope.Globals.Contains(id))
        {
            var v = f.Namespace is PyDict d ? d.GetStr(key) : MappingGet(f.Namespace, key);
            if (v != null) return v;
            var free = LoadFree(f.Enclosing, id);
            if (free != null) return free;
            if (id == "None") return PyNone.None;
            return Builtins.LoadName(f.Globals, key);
        }
        return Builtins.LoadGlobal(f.Globals, key);
    }

    static PyObject MappingGet(PyObject mapping, PyStr key)
    {
        try { return Ops.GetItem(mapping, key); }
        catch (PythonException e) when (e.Is(PyExceptionTypes.KeyError)) { return null; }
    }

    /// <summary>A free name: the nearest enclosing function that binds it, or null to fall back to globals.</summary>
    static PyObject LoadFree(InterpreterFrame e, string id)
    {
        for (; e != null; e = e.Enclosing)
        {
            if (e.Scope.Globals.Contains(id)) return null;
            if (e.Scope.Locals.Contains(id))
                return e.Fast.TryGetValue(id, out var v) ? v : throw NameAccess.FreeNotAssigned(id);
        }
        return null;
    }

    static void StoreName(InterpreterFrame f, string id, PyObject value)
    {
        if (f.Scope.Globals.Contains(id)) f.Globals.SetStr(id, value);
        else if (f.IsFunction) f.Fast[id] = value;
        else if (f.Namespace is PyDict d) d.SetStr(id, value);
        else Ops.SetItem(f.Namespace, PyStr.Intern(id), value);
    }

    static void DeleteName(InterpreterFrame f, string id)
    {
        if (f.Scope.Globals.Contains(id)) NameAccess.DeleteGlobal(f.Globals, PyStr.Intern(id));
        else if (f.IsFunction) { if (!f.Fast.Remove(id)) throw Ops.LocalNotAssigned(id); }
        else if (f.Namespace is PyDict d) NameAccess.DeleteName(d, PyStr.Intern(id));
        else
        {
            try { Ops.DelItem(f.Namespace, PyStr.Intern(id)); }
            catch (PythonException e) when (e.Is(PyExceptionTypes.KeyError)) { throw Ops.NameError($"name '{id}' is not defined"); }
        }
    }

    // ---- targets ----

    static void Assign(S.Expr target, PyObject value, InterpreterFrame f)
    {
        switch (target)
        {
            case S.Name n: StoreName(f, n.Id, value); break;
            case S.AttributeExpr a: Ops.SetAttr(Eval(a.Value, f), PyStr.Intern(a.Attr), value); break;
            case S.Subscript s:
            {
                var o = Eval(s.Value, f);
                if (IsSimpleSlice(s.Slice))
                {
                    var (lo, hi) = Bounds((S.Slice)s.Slice, f);
                    Ops.SetSlice(o, lo, hi, value);
                }
                else Ops.SetItem(o, SliceKey(s.Slice, f), value);
                break;
            }
            case S.TupleExpr t: AssignSequence(t.Elts, value, f); break;
            case S.List l: AssignSequence(l.Elts, value, f); break;
            default: throw Ops.Error(PyExceptionTypes.SyntaxError, "can't assign to " + target.GetType().Name);
        }
    }

    static void AssignSequence(IReadOnlyList<S.Expr> targets, PyObject value, InterpreterFrame f)
    {
        var items = Ops.UnpackSequence(value, targets.Count);
        for (int i = 0; i < items.Length; i++) Assign(targets[i], items[i], f);
    }

    static void Delete(S.Expr target, InterpreterFrame f)
    {
        switch (target)
        {
            case S.Name n: DeleteName(f, n.Id); break;
            case S.AttributeExpr a: Ops.DelAttr(Eval(a.Value, f), PyStr.Intern(a.Attr)); break;
            case S.Subscript s:
            {
                var o = Eval(s.Value, f);
                if (IsSimpleSlice(s.Slice))
                {
                    var (lo, hi) = Bounds((S.Slice)s.Slice, f);
                    Ops.DelSlice(o, lo, hi);
                }
                else Ops.DelItem(o, SliceKey(s.Slice, f));
                break;
            }
            case S.TupleExpr t: foreach (var x in t.Elts) Delete(x, f); break;
            case S.List l: foreach (var x in l.Elts) Delete(x, f); break;
        }
    }

    static void AugAssign(S.AugAssign aug, InterpreterFrame f)
    {
        var op = Operator(aug.Op, f);
        switch (aug.Target)
        {
            case S.Name n:
                StoreName(f, n.Id, Ops.InPlaceOp(op, LoadName(f, n.Id), Eval(aug.Value, f)));
                break;
            case S.AttributeExpr a:
            {
                var o = Eval(a.Value, f);
                var name = PyStr.Intern(a.Attr);
                Ops.SetAttr(o, name, Ops.InPlaceOp(op, Ops.GetAttr(o, name), Eval(aug.Value, f)));
                break;
            }
            case S.Subscript s:
            {
                var o = Eval(s.Value, f);
                if (IsSimpleSlice(s.Slice))
                {
                    var (lo, hi) = Bounds((S.Slice)s.Slice, f);
                    Ops.SetSlice(o, lo, hi, Ops.InPlaceOp(op, Ops.GetSlice(o, lo, hi), Eval(aug.Value, f)));
                }
                else
                {
                    var key = SliceKey(s.Slice, f);
                    Ops.SetItem(o, key, Ops.InPlaceOp(op, Ops.GetItem(o, key), Eval(aug.Value, f)));
                }
                break;
            }
            default: throw Ops.Error(PyExceptionTypes.SyntaxError, "illegal expression for augmented assignment");
        }
    }

    // ---- comprehensions ----

    /// <summary>The nested loops of a comprehension, calling <paramref name="element"/> innermost.</summary>
    static void Comprehend(IReadOnlyList<S.Comprehension> gens, int index, InterpreterFrame f, System.Action<InterpreterFrame> element,
        PyObject firstIterator = null)
    {
        var g = gens[index];
        var it = index == 0 && firstIterator != null ? firstIterator : Ops.Iter(Eval(g.Iter, f));
        for (var x = it.Next(); x != null; x = it.Next())
        {
            Assign(g.Target, x, f);
            bool ok = true;
            foreach (var cond in g.Ifs)
                if (!Ops.IsTrue(Eval(cond, f))) { ok = false; break; }
            if (!ok) continue;
            if (index + 1 < gens.Count) Comprehend(gens, index + 1, f, element);
            else element(f);
        }
    }

    /// <summary>A set or dict comprehension: its own scope, the first iterable evaluated outside it.</summary>
    static void RunComprehension(IReadOnlyList<S.Comprehension> gens, InterpreterFrame f, S.Expr[] elements, System.Action<InterpreterFrame> element)
    {
        var first = Ops.Iter(Eval(gens[0].Iter, f));
        var inner = ComprehensionFrame(gens, elements, f, "<setcomp>");
        Comprehend(gens, 0, inner, element, first);
    }

    static InterpreterFrame ComprehensionFrame(IReadOnlyList<S.Comprehension> gens, S.Expr[] elements, InterpreterFrame f, string name) => new()
    {
        Globals = f.Globals,
        Fast = new Dictionary<string, PyObject>(),
        Scope = CodeScope.ForComprehension(gens, elements),
        Enclosing = f.ClosureParent,
        Filename = f.Filename,
        Name = name,
        Future = f.Future,
        Source = f.Source,
    };

    /// <summary>A generator expression yields only at its element, so it needs no thread of its own: its
    /// loops are an async method the <see cref="PyGenerator"/> resumes directly.</summary>
    static PyObject GeneratorExpression(S.GeneratorExp g, InterpreterFrame f)
    {
        var first = Ops.Iter(Eval(g.Generators[0].Iter, f));
        var inner = ComprehensionFrame(g.Generators, new[] { g.Elt }, f, "<genexpr>");
        return new PyGenerator("<genexpr>", gen => YieldEach(g, 0, inner, first, gen));
    }

    static async System.Threading.Tasks.Task YieldEach(S.GeneratorExp g, int index, InterpreterFrame f, PyObject iterator, PyGenerator gen)
    {
        var c = g.Generators[index];
        var it = iterator ?? Ops.Iter(Eval(c.Iter, f));
        for (var x = it.Next(); x != null; x = it.Next())
        {
            Assign(c.Target, x, f);
            bool ok = true;
            foreach (var cond in c.Ifs)
                if (!Ops.IsTrue(Eval(cond, f))) { ok = false; break; }
            if (!ok) continue;
            if (index + 1 < g.Generators.Count) await YieldEach(g, index + 1, f, null, gen);
            else await gen.Yield(Eval(g.Elt, f));
        }
    }
}
