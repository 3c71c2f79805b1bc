package com.branchmate.bot.huddles;

/** Figures as a huddle writes them. */
final class HuddleFormat {

    private HuddleFormat() {
    }

    /** 50000 → 5万, 12500 → 1.25万, 800 → 800元. */
    static String money(long yuan) {
        if (yuan >= 10_000) {
            String wan = java.math.BigDecimal.valueOf(yuan).divide(java.math.BigDecimal.valueOf(10_000))
                    .stripTrailingZeros().toPlainString();
            return wan + "万";
        }
        return yuan + "元";
    }
}
