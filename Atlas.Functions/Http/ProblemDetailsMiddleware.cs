using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;

namespace Atlas.Functions.Http;

/// <summary>
/// Turns an exception that escapes an HTTP function into a problem response (see <see cref="ExceptionProblems"/>) instead
/// of the host's bare 500. Expected failures (a malformed key, an unknown run) are answered by the functions themselves.
/// </summary>
internal sealed class ProblemDetailsMiddleware(ILogger<ProblemDetailsMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception error) when (CanAnswer(context, error, out var http))
        {
            var problem = ExceptionProblems.For(error, http.Request);
            await problem.ExecuteAsync(http);
            FunctionsLog.Failed(logger, context.FunctionDefinition.Name, http.Response.StatusCode, error);
        }
    }

    // Not for timers, not once the response has begun, and not when the caller went away or the host is stopping.
    private static bool CanAnswer(FunctionContext context, Exception error, [NotNullWhen(true)] out HttpContext? http)
    {
        http = context.GetHttpContext();
        return http is { Response.HasStarted: false }
            && error is not OutOfMemoryException
            && !(error is OperationCanceledException && (http.RequestAborted.IsCancellationRequested || context.CancellationToken.IsCancellationRequested));
    }
}
