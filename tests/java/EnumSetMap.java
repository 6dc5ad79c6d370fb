// EnumSet and EnumMap: allOf/noneOf/range/complementOf/copyOf/of, iteration in ordinal
// order, set algebra, an enum with more than 64 constants (JumboEnumSet), EnumMap
// ordering, putIfAbsent/merge/compute, null-key rejection, equality with HashMap, and
// the empty-collection copyOf IllegalArgumentException message.
import java.util.*;

public class EnumSetMap {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }
    enum Big { C00, C01, C02, C03, C04, C05, C06, C07, C08, C09, C10, C11, C12, C13, C14, C15, C16, C17, C18, C19,
        C20, C21, C22, C23, C24, C25, C26, C27, C28, C29, C30, C31, C32, C33, C34, C35, C36, C37, C38, C39,
        C40, C41, C42, C43, C44, C45, C46, C47, C48, C49, C50, C51, C52, C53, C54, C55, C56, C57, C58, C59,
        C60, C61, C62, C63, C64, C65, C66, C67, C68, C69 }

    public static void main(String[] args) {
        EnumSet<Day> weekend = EnumSet.of(Day.SUN, Day.SAT);
        EnumSet<Day> weekdays = EnumSet.complementOf(weekend);
        System.out.println("weekend " + weekend + " weekdays " + weekdays + " range " + EnumSet.range(Day.TUE, Day.THU));
        System.out.println("allOf " + EnumSet.allOf(Day.class) + " noneOf " + EnumSet.noneOf(Day.class) + " class " + weekend.getClass().getSimpleName());
        EnumSet<Day> mixed = EnumSet.copyOf(List.of(Day.FRI, Day.MON, Day.FRI));
        mixed.addAll(weekend);
        mixed.retainAll(EnumSet.range(Day.THU, Day.SUN));
        System.out.println("copyOf+algebra " + mixed + " contains SAT " + mixed.contains(Day.SAT) + " containsAll " + weekdays.containsAll(EnumSet.of(Day.MON, Day.WED)));
        try { EnumSet.copyOf(new ArrayList<Day>()); } catch (IllegalArgumentException e) { System.out.println("copyOf empty: " + e.getMessage()); }
        try { EnumSet.range(Day.FRI, Day.MON); } catch (IllegalArgumentException e) { System.out.println("range backwards: " + e.getMessage()); }
        EnumSet<Big> big = EnumSet.noneOf(Big.class);
        for (Big b : Big.values()) if (b.ordinal() % 9 == 0 || b.ordinal() >= 63) big.add(b);
        System.out.println("jumbo " + big + " size " + big.size() + " class " + big.getClass().getSimpleName());
        big.removeAll(EnumSet.range(Big.C60, Big.C65));
        System.out.println("jumbo after removeAll " + big + " complement size " + EnumSet.complementOf(big).size());
        EnumMap<Day, Integer> hours = new EnumMap<>(Day.class);
        hours.put(Day.SUN, 0); hours.put(Day.WED, 8); hours.put(Day.MON, 9); hours.put(Day.FRI, 6);
        System.out.println("EnumMap " + hours + " keys " + hours.keySet() + " values " + hours.values());
        hours.merge(Day.WED, 2, Integer::sum);
        hours.putIfAbsent(Day.TUE, 7);
        hours.computeIfPresent(Day.SUN, (d, h) -> null);
        hours.compute(Day.SAT, (d, h) -> h == null ? 3 : h + 1);
        System.out.println("after merge/compute " + hours + " containsKey SUN " + hours.containsKey(Day.SUN));
        try { hours.put(null, 1); } catch (NullPointerException e) { System.out.println("EnumMap null key: NPE"); }
        Map<Day, Integer> hm = new HashMap<>(hours);
        System.out.println("equals HashMap " + hours.equals(hm) + " hashCode equal " + (hours.hashCode() == hm.hashCode()));
        EnumMap<Day, List<String>> plan = new EnumMap<>(Day.class);
        String[] events = {"SAT:hike", "MON:gym", "SAT:cinema", "TUE:chess", "MON:work"};
        for (String ev : events) {
            String[] kv = ev.split(":");
            plan.computeIfAbsent(Day.valueOf(kv[0]), d -> new ArrayList<>()).add(kv[1]);
        }
        System.out.println("plan " + plan);
        Iterator<Map.Entry<Day, List<String>>> it = plan.entrySet().iterator();
        it.next();
        it.remove();
        System.out.println("after entry remove " + plan + " firstKey-like " + plan.keySet().iterator().next());
        EnumMap<Day, Integer> copy = new EnumMap<>(Map.of(Day.THU, 4));
        System.out.println("copy from Map " + copy);
        try { new EnumMap<Day, Integer>(new HashMap<Day, Integer>()); } catch (IllegalArgumentException e) { System.out.println("EnumMap(empty map): " + e.getMessage()); }
        Set<Day> syncView = Collections.unmodifiableSet(weekend);
        try { syncView.add(Day.MON); } catch (UnsupportedOperationException e) { System.out.println("unmodifiable EnumSet view: UOE"); }
        EnumSet<Day> clone = weekend.clone();
        clone.add(Day.MON);
        System.out.println("clone independent " + weekend + " " + clone);
    }
}
