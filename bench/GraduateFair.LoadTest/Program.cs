namespace GraduateFair.LoadTest;

/// <summary>
/// Load tests against a real server process on this machine. Usage:
/// <c>dotnet run -c Release --project bench/GraduateFair.LoadTest -- &lt;mode&gt; [options]</c>.
/// </summary>
public static class LoadTestProgram
{
    public static async Task<int> Main(string[] args)
    {
        var mode = args.FirstOrDefault();
        var options = Options.Parse(args.Skip(1));
        switch (mode)
        {
            case "joins":
                return await JoinsLoad.RunAsync(options);
            default:
                await Console.Error.WriteLineAsync("modes: joins");
                return 2;
        }
    }
}
