// The averages behind the promotion guarantee (DESIGN §5.5): HotSpot's GCStats keeps a padded,
// exponentially weighted average of the bytes promoted per minor GC
// (AdaptivePaddedNoZeroDevAverage, weight AdaptiveSizePolicyWeight = 10, padding PromotedPadding = 3).
// HotSpot computes in float; so does this, so the logged figures agree.
#pragma once

#include <cmath>

class AdaptivePaddedNoZeroDevAverage {
 public:
  AdaptivePaddedNoZeroDevAverage(unsigned weight, unsigned padding) : _weight(weight), _padding(padding) {}

  void sample(float s) {
    _count++;
    _average = exp_avg(_average, s, adaptive_weight());
    if (s != 0) _deviation = exp_avg(_deviation, std::fabs(s - _average), adaptive_weight());
    _padded_average = _average + float(_padding) * _deviation;
  }
  float average() const { return _average; }
  float padded_average() const { return _padded_average; }
  unsigned count() const { return _count; }

 private:
  // The first samples weigh more (1, 1/2, 1/3 ...) until 100/weight samples were seen.
  unsigned adaptive_weight() const {
    unsigned count_weight = _count <= OldThreshold ? OldThreshold / _count : 0;
    return _weight > count_weight ? _weight : count_weight;
  }
  static float exp_avg(float avg, float s, unsigned weight) {
    return (100.0f - float(weight)) * avg / 100.0f + float(weight) * s / 100.0f;
  }

  static constexpr unsigned OldThreshold = 100;
  unsigned _weight;
  unsigned _padding;
  unsigned _count = 0;
  float _average = 0;
  float _deviation = 0;
  float _padded_average = 0;
};
