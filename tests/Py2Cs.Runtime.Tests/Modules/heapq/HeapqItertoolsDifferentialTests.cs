using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.Heapq
{
    /// <summary>
    /// heapq's list layouts and selections, bisect, and the itertools combinatorics, against python2.7's
    /// results for 60 random integer lists (data/cases.txt, recorded by data/record_cases.py).
    /// </summary>
    public class HeapqItertoolsDifferentialTests
    {
        static PyList Ints(string csv) =>
            PyList.FromArray(csv.Length == 0 ? Array.Empty<PyObject>() : csv.Split(',').Select(s => (PyObject)PyInt.From(long.Parse(s))).ToArray());

        static PyObject Module(string name) => Importer.ImportModule(name);

        static PyObject Call(string module, string function, params PyObject[] args) => Ops.Call(Ops.GetAttr(Module(module), function), args);

        static string Run(string op, int k, PyList data)
        {
            PyObject K = PyInt.From(k);
            switch (op)
            {
                case "heapify": Call("heapq", "heapify", data); return Ops.Repr(data).ToString();
                case "heappush":
                {
                    var h = new PyList();
                    foreach (var x in data.ToArray()) Call("heapq", "heappush", h, x);
                    return Ops.Repr(h).ToString();
                }
                case "heappop_all":
                {
                    var h = new PyList();
                    foreach (var x in data.ToArray()) Call("heapq", "heappush", h, x);
                    var pops = new PyList();
                    while (h.Count > 0) pops.Append(Call("heapq", "heappop", h));
                    return Ops.Repr(pops).ToString();
                }
                case "heapreplace":
                case "heappushpop":
                {
                    Call("heapq", "heapify", data);
                    var r = Call("heapq", op, data, K);
                    return Ops.Repr(PyTuple.Create(r, data)).ToString();
                }
                case "nlargest":
                case "nsmallest": return Ops.Repr(Call("heapq", op, K, data)).ToString();
                case "bisect_left":
                case "bisect_right":
                {
                    var r = new PyList();
                    for (int x = -7; x < 28; x++) r.Append(Call("bisect", op, data, PyInt.From(x)));
                    return Ops.Repr(r).ToString();
                }
                case "insort":
                {
                    var r = new PyList();
                    foreach (var x in data.ToArray()) Call("bisect", "insort", r, x);
                    return Ops.Repr(r).ToString();
                }
                case "product":
                    return Ops.Repr(PyList.FromIterable(Ops.Call(Ops.GetAttr(Module("itertools"), "product"), new PyObject[] { data, K }, new[] { PyStr.Intern("repeat") }))).ToString();
                default:
                    return Ops.Repr(PyList.FromIterable(Call("itertools", op, data, K))).ToString();
            }
        }

        [Fact]
        public void Matches_recorded_python_output()
        {
            var failures = new List<string>();
            int count = 0;
            foreach (var f in ModuleCases.Read("heapq", "cases.txt"))
            {
                var data = Ints(f[2]);
                string actual;
                if (f[0] == "merge")
                {
                    // merge(sorted(first half), sorted(second half)) of the unsorted list
                    var items = data.ToArray();
                    int half = items.Length / 2;
                    var a = PyList.FromArray(items.Take(half).ToArray());
                    var b = PyList.FromArray(items.Skip(half).ToArray());
                    a.Sort();
                    b.Sort();
                    actual = Ops.Repr(PyList.FromIterable(Call("heapq", "merge", a, b))).ToString();
                }
                else actual = Run(f[0], int.Parse(f[1]), data);
                count++;
                if (actual != f[3]) failures.Add($"{f[0]} k={f[1]} [{f[2]}]: expected {f[3]}, got {actual}");
            }
            Assert.True(count > 1500, "the recorded data is missing");
            Assert.True(failures.Count == 0, $"{failures.Count} of {count} differ:\n" + string.Join("\n", failures.Take(20)));
        }

        [Fact]
        public void Heappop_of_an_empty_heap_is_CPythons_IndexError()
        {
            var e = Assert.Throws<PythonException>(() => Call("heapq", "heappop", new PyList()));
            Assert.True(e.Is(PyExceptionTypes.IndexError));
            Assert.Equal("index out of range", Ops.Str(e.Value).ToString());
        }
    }
}
