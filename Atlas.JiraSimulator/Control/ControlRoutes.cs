using Atlas.JiraSimulator.Hosting;

namespace Atlas.JiraSimulator.Control;

/// <summary>
/// `/_simulator/...`: the control API over HTTP, mirroring <see cref="SimulatorControl"/> for other processes
/// (the atlas CLI, benchmarks). No Jira auth: it is a loopback test tool.
/// </summary>
internal static partial class ControlRoutes
{
    public static void Map(IEndpointRouteBuilder app, SimulatorControl control)
    {
        var group = app.MapGroup("/_simulator").AddEndpointFilter(MapErrors);
        group.MapGet("/", (SimulatorSite site) => Status(site, control));
        MapTickets(group.MapGroup("/tickets"), control);
        MapBehaviour(group, control);
    }

    private static void MapTickets(RouteGroupBuilder tickets, SimulatorControl control)
    {
        tickets.MapGet("/", (string? project) => Results.Ok(control.Tickets().Where(t => project is null || t.Project.Equals(project, StringComparison.OrdinalIgnoreCase)).ToList() as IReadOnlyList<TicketInfo>));
        tickets.MapGet("/{idOrKey}", (string idOrKey) => control.GetTicketJson(idOrKey) is { } json
            ? Results.Text(json, "application/json", System.Text.Encoding.UTF8)
            : Results.NotFound(new ControlError($"Ticket '{idOrKey}' does not exist.")));
        tickets.MapPost("/", (NewTicketRequest body) => Created(control, control.AddTicket(new NewTicket(body.Project, body.Summary)
        {
            IssueType = body.IssueType ?? "Task",
            Fields = body.Fields,
        })));
        tickets.MapPatch("/{idOrKey}", (string idOrKey, TicketUpdate body) => Reference(control, control.UpdateTicket(idOrKey, body)));
        tickets.MapDelete("/{idOrKey}", (string idOrKey) => NoContent(() => control.DeleteTicket(idOrKey)));
        tickets.MapPost("/{idOrKey}/move", (string idOrKey, MoveRequest body) => Reference(control, control.MoveTicket(idOrKey, body.Project)));
        tickets.MapPost("/{idOrKey}/hide", (string idOrKey) => NoContent(() => control.HideTicket(idOrKey)));
        tickets.MapPost("/{idOrKey}/unhide", (string idOrKey) => NoContent(() => control.UnhideTicket(idOrKey)));
        tickets.MapPost("/{idOrKey}/corrupt", (string idOrKey, CorruptRequest body) => NoContent(() => control.CorruptTicket(idOrKey, body.Kind)));
    }

    private static IResult Reference(SimulatorControl control, string key) =>
        Results.Ok(new TicketReference(control.Ticket(key)!.Id, key));

    private static IResult Created(SimulatorControl control, string key) =>
        Results.Created($"/_simulator/tickets/{key}", new TicketReference(control.Ticket(key)!.Id, key));

    private static IResult NoContent(Action action)
    {
        action();
        return Results.NoContent();
    }

    private static async ValueTask<object?> MapErrors(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (KeyNotFoundException e)
        {
            return Results.NotFound(new ControlError(e.Message));
        }
        catch (ArgumentException e)
        {
            return Results.BadRequest(new ControlError(e.Message));
        }
    }
}
