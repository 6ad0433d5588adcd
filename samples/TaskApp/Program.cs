using System;
using System.Globalization;
using Py2Cs.Runtime;

namespace TaskApp
{
    /// <summary>Calls the Python modules of scripts/ (transpiled by the TranspilePython task) from C#.</summary>
    public static class Program
    {
        public static int Main()
        {
            var inventory = Importer.ImportModule("inventory");
            Console.WriteLine("inventory module version " + Ops.GetAttr(inventory, "VERSION"));

            var stock = Ops.GetAttr(inventory, "Inventory").Call();
            var add = Ops.GetAttr(stock, "add");
            add.Call(PyStr.FromString("apple"), PyInt.From(10), new PyFloat(0.5));
            foreach (var line in new[] { "pear, 3, 0.25", "apple, 5, 0.5", "fig, 12, 1.75" })
            {
                var fields = Ops.GetAttr(inventory, "parse_line").Call(PyStr.FromString(line));
                add.Call(Ops.GetItem(fields, PyInt.From(0)), Ops.GetItem(fields, PyInt.From(1)), Ops.GetItem(fields, PyInt.From(2)));
            }
            foreach (var line in Ops.Enumerate(Ops.GetAttr(stock, "report").Call()))
                Console.WriteLine(line);
            double total = ((PyFloat)Ops.GetAttr(stock, "total").Call()).Value;
            Console.WriteLine("total as a C# double: " + total.ToString("R", CultureInfo.InvariantCulture));
            try
            {
                add.Call(PyStr.FromString("plum"), PyInt.From(-1), new PyFloat(1.0));
            }
            catch (PythonException error) when (error.Is(PyExceptionTypes.ValueError))
            {
                Console.WriteLine("Python raised ValueError: " + Ops.Str(error.Value));
            }

            var stats = Importer.ImportModule("text.stats");
            var text = PyStr.FromString("The quick brown fox jumps over the lazy dog; the dog sleeps, the fox doesn't.");
            foreach (var pair in Ops.Enumerate(Ops.GetAttr(stats, "top_words").Call(text)))
                Console.WriteLine(Ops.GetItem(pair, PyInt.From(0)) + "=" + Ops.GetItem(pair, PyInt.From(1)));
            Console.WriteLine("distinct words: " + Ops.Len(Ops.GetAttr(stats, "frequencies").Call(text)));
            return 0;
        }
    }
}
