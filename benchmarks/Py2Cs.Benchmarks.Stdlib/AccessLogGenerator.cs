using System;
using System.IO;
using System.Text;

namespace Py2Cs.Benchmarks.Stdlib
{
    /// <summary>
    /// Writes a web-server access log of a given size, the same bytes every time (a fixed-seed linear
    /// congruential generator, no System.Random whose sequence may change between .NET versions), so
    /// every run and every machine parses the same input. About 1 line in 500 is malformed.
    /// </summary>
    public static class AccessLogGenerator
    {
        static readonly string[] Methods = { "GET", "GET", "GET", "POST", "PUT", "DELETE", "HEAD" };
        static readonly string[] Statuses = { "200", "200", "200", "200", "304", "301", "404", "500", "403" };
        static readonly string[] Months = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
        static readonly string[] Paths = { "/", "/index.html", "/api/users/{0}", "/api/orders/{0}/items", "/static/app.js", "/static/style.css", "/blog/{0}/comments", "/search", "/img/logo.png" };
        static readonly string[] Agents = { "Mozilla/5.0 (X11; Linux x86_64)", "curl/7.68.0", "Wget/1.20.3", "python-requests/2.25.1", "Googlebot/2.1 (+http://www.google.com/bot.html)" };

        public static void Write(string path, long bytes)
        {
            ulong state = 0x2545F4914F6CDD1DUL;
            uint Next(uint n)
            {
                state = state * 6364136223846793005UL + 1442695040888963407UL;
                return (uint)((state >> 33) % n);
            }
            using var output = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
            output.NewLine = "\n";
            var line = new StringBuilder(200);
            long written = 0;
            while (written < bytes)
            {
                line.Clear();
                if (Next(500) == 0)
                    line.Append("malformed line ").Append(Next(100000));
                else
                {
                    string method = Methods[Next((uint)Methods.Length)];
                    string size = Next(20) == 0 ? "-" : Next(50000).ToString();
                    line.Append(10 + Next(240)).Append('.').Append(Next(256)).Append('.').Append(Next(256)).Append('.').Append(Next(256))
                        .Append(" - ").Append(Next(10) == 0 ? "alice" : "-")
                        .Append(" [").Append((1 + Next(28)).ToString("00")).Append('/').Append(Months[Next(12)]).Append("/20").Append(10 + Next(15))
                        .Append(':').Append(Next(24).ToString("00")).Append(':').Append(Next(60).ToString("00")).Append(':').Append(Next(60).ToString("00"))
                        .Append(" +0000] \"").Append(method).Append(' ').Append(string.Format(Paths[Next((uint)Paths.Length)], Next(5000)))
                        .Append(" HTTP/1.").Append(Next(2)).Append("\" ").Append(Statuses[Next((uint)Statuses.Length)]).Append(' ').Append(size)
                        .Append(" \"-\" \"").Append(Agents[Next((uint)Agents.Length)]).Append('"');
                }
                output.Write(line);
                output.Write('\n');
                written += line.Length + 1;
            }
        }
    }
}
