using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Py2Cs.Runtime;
using Xunit;
using static Py2Cs.Runtime.Tests.Support.PythonDefinitions;

namespace Py2Cs.Runtime.Tests;

/// <summary>
/// First use of a type from several threads at once. A built-in type fills its dict on first access;
/// before the fix another thread could see the dict while the populate callback was still filling it
/// (once seen as <c>'str' object has no attribute 'expandtabs'</c>). Each test makes a fresh type, so
/// the first access really is the first, and starts the threads together on a barrier.
/// </summary>
public class TypeInitializationRaceTests
{
    const int Threads = 8;
    const int Members = 200;

    [Fact]
    public void EveryThreadSeesTheWholeDictOfAFreshBuiltinType()
    {
        for (int round = 0; round < 10; round++)
        {
            var type = PyType.Builtin("fresh" + round, null, t =>
            {
                for (int i = 0; i < Members; i++)
                {
                    t.Define("m" + i, PyInt.From(i));
                    if (i % 20 == 0) Thread.Sleep(1);   // widen the window a second thread used to hit
                }
            });
            var seen = RunTogether(() => Enumerable.Range(0, Members).Count(i => type.Lookup("m" + i) != null));
            Assert.All(seen, count => Assert.Equal(Members, count));
        }
    }

    [Fact]
    public void ThreadsReadingTheDictDirectlySeeItComplete()
    {
        var type = PyType.Builtin("fresh_direct", null, t =>
        {
            for (int i = 0; i < Members; i++)
            {
                t.Define("m" + i, PyInt.From(i));
                if (i % 50 == 0) Thread.Sleep(1);
            }
        });
        var lengths = RunTogether(() => type.Dict.Count);
        Assert.All(lengths, n => Assert.Equal(Members, n));
    }

    [Fact]
    public void APopulateCallbackMayReadItsOwnDict()
    {
        // Populate callbacks define members through Define (that is, through Dict) and may read back
        // what they defined; the populating thread must see its own partial dict, not wait for itself.
        var type = PyType.Builtin("fresh_reentrant", null, t =>
        {
            t.Define("first", PyInt.From(1));
            t.Define("second", Ops.Add(t.Dict.GetStr("first"), PyInt.From(1)));
        });
        var values = RunTogether(() => ((PyInt)type.Lookup("second")).Value);
        Assert.All(values, v => Assert.Equal(2L, v));
    }

    [Fact]
    public void APopulateCallbackMayPopulateAnotherType()
    {
        // Two types each touching the other while populating, first used from different threads:
        // one population lock for all types, so no lock-order deadlock.
        PyType a = null, b = null;
        a = PyType.Builtin("fresh_a", null, t => { t.Define("x", PyInt.From(1)); Thread.Sleep(5); t.Define("from_b", b.Lookup("y")); });
        b = PyType.Builtin("fresh_b", null, t => { t.Define("y", PyInt.From(2)); Thread.Sleep(5); t.Define("from_a", a.Lookup("x")); });
        var run = Task.Run(() => RunTogether(() => (a.Lookup("from_b") is PyInt ? 1 : 0) + (b.Lookup("from_a") is PyInt ? 1 : 0)));
        Assert.True(run.Wait(TimeSpan.FromSeconds(60)), "populating two types from several threads deadlocked");
        Assert.All(run.Result, n => Assert.Equal(2, n));
    }

    [Fact]
    public void MethodCacheStaysConsistentWhileClassesChange()
    {
        // The per-type method cache is shared by all threads and replaced whenever any type's dict
        // changes; readers racing a writer must only ever see a value the class really had.
        var cls = Class("Racy", new[] { PyType.ObjectType }, ("value", I(0)));
        var type = (PyType)cls;
        var names = Enumerable.Range(0, 50).Select(i => PyStr.Intern("attr" + i)).ToArray();
        foreach (var n in names) Ops.SetAttr(cls, n, I(7));
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(() =>
        {
            for (int i = 1; !stop.IsCancellationRequested; i++)
                Ops.SetAttr(cls, "value", I(i % 2 == 0 ? 2 : 4));
        });
        try
        {
            var bad = RunTogether(() =>
            {
                int wrong = 0;
                for (int k = 0; k < 20000; k++)
                {
                    if (!(type.Lookup(names[k % names.Length]) is PyInt seven && seven.Value == 7)) wrong++;
                    var v = type.Lookup("value") as PyInt;
                    if (v == null || (v.Value != 0 && v.Value != 2 && v.Value != 4)) wrong++;
                }
                return wrong;
            });
            Assert.All(bad, n => Assert.Equal(0, n));
        }
        finally
        {
            stop.Cancel();
            writer.Wait();
        }
    }

    static List<T> RunTogether<T>(Func<T> body)
    {
        using var barrier = new Barrier(Threads);
        var results = new T[Threads];
        var errors = new Exception[Threads];
        var threads = Enumerable.Range(0, Threads).Select(i => new Thread(() =>
        {
            try
            {
                barrier.SignalAndWait();
                results[i] = body();
            }
            catch (Exception e) { errors[i] = e; }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        foreach (var e in errors) if (e != null) throw new AggregateException(e);
        return results.ToList();
    }
}
