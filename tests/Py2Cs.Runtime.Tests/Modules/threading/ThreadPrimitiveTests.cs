using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Py2Cs.Runtime.Modules.Threading;
using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.Threading
{
    /// <summary>
    /// thread, threading, Queue and signal through the runtime API, single-threaded as far as Python is
    /// concerned (starting a Python thread would activate the GIL for the whole test process; the
    /// multi-threaded behaviour is covered by tests/conformance*/threading). Expected values and
    /// messages were recorded from python2.7.
    /// </summary>
    public class ThreadPrimitiveTests
    {
        static string Message(Action a)
        {
            try { a(); }
            catch (PythonException e) { return Ops.ExceptionLine(e.Value); }
            return "no exception";
        }

        static PyObject Module(string name) => Importer.ImportModule(name);
        static PyObject Attr(PyObject o, string name) => Ops.GetAttr(o, name);
        static PyObject Call(PyObject o, string name, params PyObject[] args) => Ops.CallMethod(o, name, args);

        [Fact]
        public void Lock_acquire_release_and_errors()
        {
            var l = (LockObject)thread.allocate_lock();
            Assert.True(l.Acquire());
            Assert.False(l.Acquire(blocking: false));
            Assert.True(l.IsLocked);
            l.Release();
            Assert.False(l.IsLocked);
            Assert.Equal("thread.error: release unlocked lock", Message(() => l.Release()));
            Assert.Equal("TypeError: acquire() takes at most 1 argument (2 given)", Message(() => Call(l, "acquire", PyInt.From(1), PyInt.From(2))));
            Assert.Equal("TypeError: acquire() takes no keyword arguments",
                Message(() => Ops.CallMethod(l, PyStr.Intern("acquire"), new PyObject[] { PyInt.From(1) }, new[] { PyStr.Intern("waitflag") })));
            Assert.Equal("<type 'thread.lock'>", Ops.Repr(Ops.TypeOf(l)).ToString());
        }

        [Fact]
        public void Timed_acquire_gives_up_after_the_timeout()
        {
            var l = new LockObject();
            l.TryAcquire();
            var clock = Stopwatch.StartNew();
            Assert.False(l.Acquire(true, 0.05));
            Assert.True(clock.Elapsed.TotalSeconds >= 0.04);
        }

        [Fact]
        public void Any_thread_may_release_a_lock_and_wake_its_waiter()
        {
            var l = new LockObject();
            l.TryAcquire();
            var releaser = new Thread(() => { Thread.Sleep(20); l.Release(); });
            releaser.Start();
            Assert.True(l.Acquire(true, 5));
            releaser.Join();
            Assert.True(l.IsLocked);
        }

        [Fact]
        public void Thread_local_keeps_one_dict_per_thread()
        {
            var local = Ops.Call(thread._local);
            Ops.SetAttr(local, "x", PyInt.From(1));
            bool seenElsewhere = true;
            PyObject otherValue = null;
            var t = new Thread(() =>
            {
                seenElsewhere = Ops.GetAttrOrNull(local, PyStr.Intern("x")) != null;
                Ops.SetAttr(local, "x", PyInt.From(2));
                otherValue = Attr(local, "x");
            });
            t.Start();
            t.Join();
            Assert.False(seenElsewhere);
            Assert.Equal(2, ((PyInt)otherValue).Value);
            Assert.Equal(1, ((PyInt)Attr(local, "x")).Value);
            Assert.Equal("TypeError: Initialization arguments are not supported", Message(() => Ops.Call(thread._local, PyInt.From(1))));
        }

        [Fact]
        public void Stack_size_validation_and_reset()
        {
            Assert.Equal("ValueError: size not valid: 100 bytes", Message(() => thread.stack_size(PyInt.From(100))));
            Assert.Equal("ValueError: size must be 0 or a positive value", Message(() => thread.stack_size(PyInt.From(-1))));
            Assert.Equal(0, ((PyInt)thread.stack_size(PyInt.From(1 << 20))).Value);
            Assert.Equal(1 << 20, ((PyInt)thread.stack_size()).Value);   // no argument also sets 0
            Assert.Equal(0, ((PyInt)thread.stack_size(PyInt.From(0))).Value);
        }

        [Fact]
        public void Start_new_thread_argument_errors()
        {
            Assert.Equal("TypeError: first arg must be callable", Message(() => thread.start_new_thread(PyInt.From(1), PyTuple.Empty)));
            Assert.Equal("TypeError: 2nd arg must be a tuple", Message(() => thread.start_new_thread(Builtins.Module.Dict.GetStr("len"), new PyList())));
            Assert.Equal("TypeError: optional 3rd arg must be a dictionary",
                Message(() => thread.start_new_thread(Builtins.Module.Dict.GetStr("len"), PyTuple.Empty, new PyList())));
            Assert.Equal("TypeError: start_new_thread expected at least 2 arguments, got 1",
                Message(() => thread.start_new_thread(Builtins.Module.Dict.GetStr("len"))));
        }

        [Fact]
        public void RLock_counts_recursion_and_reports_its_owner()
        {
            var threading = Module("threading");
            var r = Call(threading, "RLock");
            Assert.Equal("<_RLock owner=None count=0>", Ops.Repr(r).ToString());
            Assert.Same(PyBool.True, Call(r, "acquire"));
            Assert.Equal(1, ((PyInt)Call(r, "acquire")).Value);
            Assert.Equal("<_RLock owner='MainThread' count=2>", Ops.Repr(r).ToString());
            Call(r, "release");
            Call(r, "release");
            Assert.Equal("RuntimeError: cannot release un-acquired lock", Message(() => Call(r, "release")));
        }

        [Fact]
        public void Condition_semaphore_and_event_in_one_thread()
        {
            var threading = Module("threading");
            var c = Call(threading, "Condition", thread.allocate_lock());
            Assert.Equal("RuntimeError: cannot wait on un-acquired lock", Message(() => Call(c, "wait")));
            Assert.Equal("RuntimeError: cannot notify on un-acquired lock", Message(() => Call(c, "notify")));
            Call(c, "acquire");
            Assert.Same(PyNone.None, Call(c, "wait", new PyFloat(0.01)));
            Call(c, "release");

            var s = Call(threading, "BoundedSemaphore", PyInt.From(1));
            Assert.Same(PyBool.True, Call(s, "acquire"));
            Assert.Same(PyBool.False, Call(s, "acquire", PyBool.False));
            Call(s, "release");
            Assert.Equal("ValueError: Semaphore released too many times", Message(() => Call(s, "release")));
            Assert.Equal("ValueError: semaphore initial value must be >= 0", Message(() => Call(threading, "Semaphore", PyInt.From(-1))));

            var e = Call(threading, "Event");
            Assert.Same(PyBool.False, Call(e, "wait", new PyFloat(0.01)));
            Call(e, "set");
            Assert.Same(PyBool.True, Call(e, "wait"));
            Assert.Same(PyBool.True, Call(e, "isSet"));
        }

        [Fact]
        public void Thread_objects_before_start()
        {
            var threading = Module("threading");
            var t = Ops.Call(Attr(threading, "Thread"), new PyObject[] { PyStr.FromString("w") }, new[] { PyStr.Intern("name") });
            Assert.Equal("<Thread(w, initial)>", Ops.Repr(t).ToString());
            Assert.Equal("RuntimeError: cannot join thread before it is started", Message(() => Call(t, "join")));
            Assert.Equal("AssertionError: group argument must be None for now", Message(() => Ops.Call(Attr(threading, "Thread"), PyInt.From(1))));
            Assert.Equal("RuntimeError: cannot join current thread", Message(() => Call(Call(threading, "current_thread"), "join")));
            Assert.Equal("<class 'threading.Thread'>", Ops.Repr(Attr(threading, "Thread")).ToString());
        }

        [Fact]
        public void Queue_single_thread_behaviour()
        {
            var q = Ops.Call(Attr(Module("Queue"), "Queue"), PyInt.From(1));
            Call(q, "put", PyStr.FromString("a"));
            Assert.Same(PyBool.True, Call(q, "full"));
            Assert.Equal("Queue.Full", Message(() => Call(q, "put_nowait", PyStr.FromString("b"))));
            Assert.Equal("ValueError: 'timeout' must be a non-negative number",
                Message(() => Call(q, "put", PyStr.FromString("b"), PyBool.True, PyInt.From(-1))));
            Assert.Equal("a", Call(q, "get").ToString());
            var clock = Stopwatch.StartNew();
            Assert.Equal("Queue.Empty", Message(() => Call(q, "get", PyBool.True, new PyFloat(0.05))));
            Assert.True(clock.Elapsed.TotalSeconds >= 0.04);
            Call(q, "task_done");
            Assert.Equal("ValueError: task_done() called too many times", Message(() => Call(q, "task_done")));
        }

        // Recorded: heapq.heappush of each item, then the list, then heappop until empty (python2.7).
        [Theory]
        [InlineData("3 1 6 0 5", "0 1 6 3 5")]
        [InlineData("3 0 5 0 4 0 0 4 8 1 2", "0 0 0 3 1 5 0 4 8 4 2")]
        [InlineData("6 9 5 3 9 0 8 2 1 1 3 8 1 5 6 3 5 0 0 2", "0 0 1 0 1 3 5 3 1 2 3 8 6 8 6 9 5 5 2 9")]
        public void Priority_heap_layout_matches_heapq(string items, string heap)
        {
            var list = new PyList();
            foreach (var x in items.Split(' ')) heapq.heappush(list, PyInt.From(long.Parse(x)));
            Assert.Equal(heap, string.Join(" ", list.ToArray().Select(o => Ops.Repr(o).ToString())));
            var popped = Enumerable.Range(0, list.Count).Select(_ => ((PyInt)heapq.heappop(list)).Value).ToArray();
            Assert.Equal(items.Split(' ').Select(long.Parse).OrderBy(v => v), popped);
        }

        [Fact]
        public void Equal_priorities_come_out_in_heapq_order()
        {
            // [1, 1.0, 0, 1L, 0.0, -0.0, 0L]: equal under <, told apart by repr (python2.7 heapq).
            var list = new PyList();
            foreach (var x in new PyObject[] { PyInt.From(1), new PyFloat(1.0), PyInt.From(0), new PyLong(1), new PyFloat(0.0), new PyFloat(-0.0), new PyLong(0) })
                heapq.heappush(list, x);
            Assert.Equal("[0, 0.0, -0.0, 1L, 1.0, 1, 0L]", Ops.Repr(list).ToString());
            var popped = new PyList();
            while (list.Count > 0) popped.Append(heapq.heappop(list));
            Assert.Equal("[0, -0.0, 0L, 0.0, 1, 1L, 1.0]", Ops.Repr(popped).ToString());
        }

        [Fact]
        public void Signal_arguments_and_defaults()
        {
            var sig = Module("signal");
            Assert.Equal("ValueError: signal number out of range", Message(() => Call(sig, "getsignal", PyInt.From(0))));
            Assert.Equal("ValueError: signal number out of range", Message(() => Call(sig, "getsignal", PyInt.From(65))));
            Assert.Equal("TypeError: integer argument expected, got float", Message(() => Call(sig, "getsignal", new PyFloat(2.0))));
            Assert.Equal("TypeError: signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
                Message(() => Call(sig, "signal", PyInt.From(10), PyInt.From(5))));
            Assert.Equal("RuntimeError: (22, 'Invalid argument')", Message(() => Call(sig, "signal", PyInt.From(9), PyInt.From(1))));
            Assert.Equal("1", Ops.Repr(Call(sig, "getsignal", PyInt.From(13))).ToString());    // SIGPIPE ignored
            Assert.Equal("None", Ops.Repr(Call(sig, "getsignal", PyInt.From(32))).ToString());
            Assert.Equal("<built-in function default_int_handler>", Ops.Repr(Call(sig, "getsignal", PyInt.From(2))).ToString());
            Assert.Equal("KeyboardInterrupt", Message(() => Call(sig, "default_int_handler", PyInt.From(2), PyNone.None)));
            Assert.Equal("signal.ItimerError: [Errno 22] Invalid argument", Message(() => Call(sig, "setitimer", PyInt.From(5), PyInt.From(1))));
            Assert.Equal("(0.0, 0.0)", Ops.Repr(Call(sig, "getitimer", PyInt.From(2))).ToString());
        }
    }
}
