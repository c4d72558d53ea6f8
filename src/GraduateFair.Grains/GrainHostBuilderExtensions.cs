using GraduateFair.Domain.Enumerations;
using GraduateFair.Grains.Accounts;
using GraduateFair.Runtime;

namespace GraduateFair.Grains;

public static class GrainHostBuilderExtensions
{
    /// <summary>Registers every GraduateFair grain. Type names are storage paths: never rename them.</summary>
    public static GrainHostBuilder AddGraduateFairGrains(this GrainHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddGrain<IUserGrain, UserGrain>("user")
            .AddGrain<IEmailGrain, EmailGrain>("email");
    }

    /// <summary>The JSON options grain state and events are stored with (kebab-case enumerations).</summary>
    public static void UseGraduateFairSerialization(this GrainHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.SerializerOptions = new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web).AddKebabCaseEnums();
    }
}
