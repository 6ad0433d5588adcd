using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Py2Cs.Runtime;
using Py2Cs.Runtime.Interop;
using GeneratorApp.Scripts;

namespace GeneratorApp
{
    /// <summary>
    /// Calls the Python modules of scripts/ from C#. The py2cs source generator turned them into C#
    /// inside the compiler, with one facade class per module (GeneratorApp.Scripts.inventory,
    /// GeneratorApp.Scripts.text.stats):
    /// C# values go in through Py.From (string, long, double, bool, lists, dicts), Python values come
    /// back as PyObject and convert with As&lt;T&gt;().
    /// </summary>
    public static class Program
    {
        public static int Main()
        {
            Console.WriteLine("inventory module version " + inventory.GetGlobal("VERSION").As<string>());

            PyObject stock = inventory.Inventory();
            stock.InvokeMethod("add", "apple", 10, 0.5);
            long rows = inventory.load(stock, new List<string> { "pear, 3, 0.25", "apple, 5, 0.5", "fig, 12, 1.75" }).As<long>();
            Console.WriteLine("loaded " + rows + " rows");
            foreach (string line in stock.InvokeMethod("report").As<List<string>>())
                Console.WriteLine(line);
            double total = stock.InvokeMethod("total").As<double>();
            Console.WriteLine("total as a C# double: " + total.ToString("R", CultureInfo.InvariantCulture));
            var discounts = new Dictionary<string, long> { ["fig"] = 20, ["pear"] = 10 };
            Console.WriteLine("after discounts: " + inventory.apply_discounts(stock, discounts).As<double>().ToString("R", CultureInfo.InvariantCulture));
            var prices = inventory.price_list(stock).As<Dictionary<string, double>>();
            foreach (var name in prices.Keys.OrderBy(k => k, StringComparer.Ordinal))
                Console.WriteLine(name + " costs " + prices[name].ToString("0.00", CultureInfo.InvariantCulture));
            try
            {
                stock.InvokeMethod("add", "plum", -1, 1.0);
            }
            catch (PythonException error) when (error.Is(PyExceptionTypes.ValueError))
            {
                Console.WriteLine("Python raised ValueError: " + error.Value.ToPythonString());
            }
            inventory.SetGlobal("VERSION", "2.0");
            Console.WriteLine("version set from C#: " + inventory.GetGlobal("VERSION").As<string>());

            const string sentence = "The quick brown fox jumps over the lazy dog; the dog sleeps, the fox doesn't.";
            foreach (List<object> pair in text.stats.top_words(sentence).As<List<List<object>>>())
                Console.WriteLine(pair[0] + "=" + pair[1]);
            var counts = text.stats.frequencies(sentence).As<Dictionary<string, long>>();
            Console.WriteLine("distinct words: " + counts.Count + " - fox appears " + counts["fox"] + " times");
            return 0;
        }
    }
}
