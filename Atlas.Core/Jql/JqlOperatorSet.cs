namespace Atlas.Core.Jql;

/// <summary>A set of operators, as a bit mask, for the field catalog.</summary>
internal readonly record struct JqlOperatorSet(uint Bits)
{
    public static readonly JqlOperatorSet Equality = Of(JqlOperator.EqualTo, JqlOperator.NotEqualTo);
    public static readonly JqlOperatorSet Comparison = Of(JqlOperator.GreaterThan, JqlOperator.GreaterThanOrEqualTo, JqlOperator.LessThan, JqlOperator.LessThanOrEqualTo);
    public static readonly JqlOperatorSet Containment = Of(JqlOperator.Contains, JqlOperator.NotContains);
    public static readonly JqlOperatorSet Emptiness = Of(JqlOperator.Is, JqlOperator.IsNot);
    public static readonly JqlOperatorSet Membership = Of(JqlOperator.In, JqlOperator.NotIn);
    public static readonly JqlOperatorSet History = Of(JqlOperator.Was, JqlOperator.WasIn, JqlOperator.WasNot, JqlOperator.WasNotIn);
    public static readonly JqlOperatorSet Change = Of(JqlOperator.Changed);

    public static JqlOperatorSet Of(params ReadOnlySpan<JqlOperator> operators)
    {
        var bits = 0u;
        foreach (var op in operators)
        {
            bits |= 1u << (int)op;
        }

        return new JqlOperatorSet(bits);
    }

    public bool Contains(JqlOperator op) => (Bits & (1u << (int)op)) != 0;

    public static JqlOperatorSet operator |(JqlOperatorSet left, JqlOperatorSet right) => new(left.Bits | right.Bits);

    public JqlOperatorSet BitwiseOr(JqlOperatorSet other) => this | other;
}
