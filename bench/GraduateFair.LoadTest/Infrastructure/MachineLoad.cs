using System.Globalization;

namespace GraduateFair.LoadTest.Infrastructure;

/// <summary>The machine's load average (Linux), to judge whether other work disturbed a run.</summary>
public static class MachineLoad
{
    public static string Now()
    {
        const string path = "/proc/loadavg";
        return File.Exists(path) ? string.Join(' ', File.ReadAllText(path).Split(' ').Take(3)) : "n/a";
    }

    public static double OneMinute()
    {
        var first = Now().Split(' ')[0];
        return double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : double.NaN;
    }
}
