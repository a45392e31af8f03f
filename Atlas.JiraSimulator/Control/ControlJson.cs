using System.Text.Json.Serialization;

namespace Atlas.JiraSimulator.Control;

[JsonSerializable(typeof(NewTicketRequest))]
[JsonSerializable(typeof(TicketUpdate))]
[JsonSerializable(typeof(MoveRequest))]
[JsonSerializable(typeof(CorruptRequest))]
[JsonSerializable(typeof(UserRequest))]
[JsonSerializable(typeof(ClockRequest))]
[JsonSerializable(typeof(SearchLagRequest))]
[JsonSerializable(typeof(LatencyRequest))]
[JsonSerializable(typeof(RateLimitRequest))]
[JsonSerializable(typeof(FaultsRequest))]
[JsonSerializable(typeof(FailNextRequest))]
[JsonSerializable(typeof(PageCapsRequest))]
[JsonSerializable(typeof(TicketReference))]
[JsonSerializable(typeof(ControlError))]
[JsonSerializable(typeof(SimulatorStatus))]
[JsonSerializable(typeof(IReadOnlyList<TicketInfo>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, long>))]
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
internal sealed partial class ControlJson : JsonSerializerContext;
