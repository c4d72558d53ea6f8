using GraduateFair.Grains.Events;
using GraduateFair.Runtime.Testing;
using GraduateFair.Storage;
using GraduateFair.Storage.InMemory;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace GraduateFair.Server.Tests.Support;

/// <summary>
/// The whole server in process, on in-memory storage and a manual clock (Quartz's too). Settings
/// override configuration (e.g. <c>["Auth:AttemptsPerMinute"] = "3"</c>). Reminders to graduates
/// and fair status changes are recorded.
/// </summary>
public sealed class GraduateFairApp : WebApplicationFactory<Program>
{
    public const string OrganiserEmail = "organiser@test.example";
    public const string OrganiserPassword = "organiser-password";

    private readonly Dictionary<string, string?> _settings;
    private readonly bool _realTime;

    public GraduateFairApp()
        : this(null)
    {
    }

    /// <param name="store">Storage shared with an earlier app, to restart over its data.</param>
    /// <param name="clock">The manual clock, shared with an earlier app; a new one at the current time when null.</param>
    /// <param name="realTime">Run on the system clock instead (for the one test of Quartz in real time).</param>
    internal GraduateFairApp(Dictionary<string, string?>? settings, IBlobStore? store = null, ManualTimeProvider? clock = null, bool realTime = false)
    {
        Store = store ?? new InMemoryBlobStore();
        Clock = clock ?? new ManualTimeProvider(DateTimeOffset.UtcNow);
        _realTime = realTime;
        _settings = new Dictionary<string, string?>
        {
            ["Organiser:Email"] = OrganiserEmail,
            ["Organiser:Password"] = OrganiserPassword,
            ["Auth:AttemptsPerMinute"] = "100000",
            ["Auth:PasswordHashIterations"] = "1000",
        };
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }
    }

    public ManualTimeProvider Clock { get; }

    public RecordingNotifier Notifier { get; } = new();

    public FairStatusLog FairStatuses { get; } = new();

    /// <summary>Listens to every Quartz job from the start (catching-up runs at start-up included).</summary>
    public SchedulerProbe Probe { get; } = new();

    public IBlobStore Store { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IBlobStore>();
            services.AddSingleton(Store);
            if (!_realTime)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Clock);
            }

            services.RemoveAll<IGraduateNotifier>();
            services.AddSingleton<IGraduateNotifier>(Notifier);
            services.RemoveAll<IFairEvents>();
            services.AddSingleton<IFairEvents>(FairStatuses);
            services.AddQuartz(quartz => quartz.AddJobListener(Probe, [Matchers.AllJobs()]));
        });
    }
}
