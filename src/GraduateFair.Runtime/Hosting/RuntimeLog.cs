using Microsoft.Extensions.Logging;

namespace GraduateFair.Runtime.Hosting;

internal static partial class RuntimeLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Error, Message = "Grain {Grain} could not be activated")]
    public static partial void ActivationFailed(ILogger logger, Exception exception, GrainId grain);

    [LoggerMessage(EventId = 101, Level = LogLevel.Error, Message = "A turn of grain {Grain} failed outside a call")]
    public static partial void TurnFailed(ILogger logger, Exception exception, GrainId grain);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "A timer of grain {Grain} failed")]
    public static partial void TimerFailed(ILogger logger, Exception exception, GrainId grain);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "Grain {Grain} could not write its state on deactivation")]
    public static partial void DeactivationFailed(ILogger logger, Exception exception, GrainId grain);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "Grain {Grain} was dropped after a failed state write")]
    public static partial void Dropped(ILogger logger, Exception exception, GrainId grain);

    [LoggerMessage(EventId = 106, Level = LogLevel.Error, Message = "A notification after a confirmed write of grain {Grain} failed")]
    public static partial void NotificationFailed(ILogger logger, Exception exception, GrainId grain);

    [LoggerMessage(EventId = 105, Level = LogLevel.Debug, Message = "Grain {Grain} deactivated ({Reason})")]
    public static partial void Deactivated(ILogger logger, GrainId grain, DeactivationReason reason);
}
